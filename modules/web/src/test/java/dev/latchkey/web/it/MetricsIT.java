package dev.latchkey.web.it;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.latchkey.web.it.Api.given;
import static dev.latchkey.web.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /metrics} (Prometheus text) carries the service's own series, and they move with known requests. */
class MetricsIT {

    /** The value of one series, 0 when it is not there yet. */
    static double value(String baseUrl, String series) {
        String text = RestAssured.given().baseUri(baseUrl).accept("text/plain").get("/metrics").then().statusCode(200).extract().asString();
        for (String line : text.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim());
            }
        }
        return 0;
    }

    static String series(String name, String... labels) {
        StringBuilder s = new StringBuilder(name).append('{');
        // Payara writes the labels in alphabetical order, mp_scope among them
        java.util.TreeMap<String, String> sorted = new java.util.TreeMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            sorted.put(labels[i], labels[i + 1]);
        }
        sorted.put("mp_scope", "application");
        sorted.forEach((k, v) -> s.append(k).append("=\"").append(v).append("\","));
        s.setLength(s.length() - 1);
        return s.append('}').toString();
    }

    @Test
    void requestsSignInsLockoutsAndBacklogsAreCounted() throws Exception {
        People.Person person = People.confirmedQuickly();
        String access = People.accessToken(person);
        String me = series("latchkey_requests_seconds_count", "method", "GET", "route", "/api/auth/me", "status", "200");
        String device = series("latchkey_requests_seconds_count", "method", "GET", "route", "/api/devices/{id}", "status", "404");
        String wrong = series("latchkey_signins_total", "outcome", "AUTH_INVALID_CREDENTIALS");
        String locked = series("latchkey_signins_total", "outcome", "AUTH_ACCOUNT_LOCKED");
        String signedIn = series("latchkey_signins_total", "outcome", "signed_in");
        double meBefore = value(Api.URL, me);
        double deviceBefore = value(Api.URL, device);
        double wrongBefore = value(Api.URL, wrong);
        double lockedBefore = value(Api.URL, locked);
        double signedInBefore = value(Api.URL, signedIn);
        double lockoutsBefore = value(Api.URL, "latchkey_lockouts_total{mp_scope=\"application\"}");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(access).get("/api/auth/me").then().statusCode(200);
        }
        given().auth().oauth2(access).get("/api/devices/" + java.util.UUID.randomUUID()).then().statusCode(404);
        People.login(person.email(), person.password()).then().statusCode(200);
        for (int i = 0; i < 3; i++) {
            People.login(person.email(), "wrong password").then().statusCode(i < 2 ? 401 : 423);
        }
        People.login(person.email(), person.password()).then().statusCode(423);
        assertEquals(meBefore + 3, value(Api.URL, me), me);
        assertEquals(deviceBefore + 1, value(Api.URL, device), "the route is the template: " + device);
        assertEquals(signedInBefore + 1, value(Api.URL, signedIn), signedIn);
        assertEquals(wrongBefore + 2, value(Api.URL, wrong), wrong);
        assertEquals(lockedBefore + 2, value(Api.URL, locked), locked);
        assertTrue(value(Api.URL, "latchkey_lockouts_total{mp_scope=\"application\"}") >= lockoutsBefore + 1, "a lockout counted");
        assertTrue(value(Api.URL, series("latchkey_requests_seconds_sum", "method", "GET", "route", "/api/auth/me", "status", "200")) > 0);
        String text = RestAssured.given().baseUri(Api.URL).get("/metrics").asString();
        Matcher open = Pattern.compile("latchkey_db_connections\\{[^}]*state=\"open\"[^}]*\\} (-?\\d+)").matcher(text);
        assertTrue(open.find() && Long.parseLong(open.group(1)) >= 1, "the pools' connections as PostgreSQL counts them");
        Matcher max = Pattern.compile("latchkey_db_connections_max\\{[^}]*\\} (\\d+)").matcher(text);
        assertTrue(max.find() && Long.parseLong(max.group(1)) > 0, "max_connections");
        for (String outbox : new String[]{"mail", "webhooks"}) {
            Matcher m = Pattern.compile("latchkey_outbox_backlog\\{[^}]*outbox=\"" + outbox + "\"[^}]*\\} (-?\\d+)").matcher(text);
            assertTrue(m.find(), "backlog of " + outbox);
            assertTrue(Long.parseLong(m.group(1)) >= 0, "the database was read for " + outbox);
        }
    }

    /** Rejections are counted by limit, on the node that refused (here the second, with the contract's limits). */
    @Test
    void rateLimitRejectionsAreCountedByLimit() {
        String rejected = series("latchkey_rate_limit_rejections_total", "limit", "auth");
        double before = value(SecondNode.URL, rejected);
        String address = SecondNode.freshLoopback();
        int refused = 0;
        for (int i = 0; i < 7; i++) {
            int status = SecondNode.from(address).body(Map.of("login", "nobody-" + i + "@example.com", "password", "wrong password"))
                    .post("/api/auth/login").statusCode();
            refused += status == 429 ? 1 : 0;
        }
        assertEquals(2, refused, "the sixth and seventh of seven are over the auth limit of five");
        assertEquals(before + 2, value(SecondNode.URL, rejected), rejected);
    }
}
