package dev.latchkey.web.it;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.latchkey.web.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nothing in a sign-in or reset answer, or its timing, tells whether an account exists. */
class EnumerationIT {

    @SuppressWarnings("unchecked")
    static Map<String, Object> comparable(Response response) {
        Map<String, Object> body = new java.util.HashMap<>(JsonPath.from(response.asString()).getMap(""));
        body.remove("timestamp");
        body.remove("request_id");
        // when a lockout ends depends on the second the request came in, not on the account
        Map<String, Object> error = body.get("error") instanceof Map<?, ?> e ? new java.util.HashMap<>((Map<String, Object>) e) : null;
        if (error != null && error.get("details") instanceof Map<?, ?> d) {
            Map<String, Object> details = new java.util.HashMap<>((Map<String, Object>) d);
            details.remove("unlock_time");
            error.put("details", details);
            body.put("error", error);
        }
        body.put("http_status", response.statusCode());
        body.put("headers", List.of(String.valueOf(response.header("WWW-Authenticate")), String.valueOf(response.header("Content-Type"))));
        return body;
    }

    @Test
    void anUnknownLoginFailsExactlyLikeAWrongPassword() throws Exception {
        People.Person person = People.confirmedQuickly();
        for (int attempt = 0; attempt < 3; attempt++) {
            Response known = People.login(person.email(), "wrong password");
            Response unknown = People.login("nobody-" + person.email(), "wrong password");
            assertEquals(comparable(known), comparable(unknown), "attempt " + (attempt + 1));
        }
    }

    /**
     * What an attacker could time is the password hash an unknown login would skip, so the gap between
     * the medians must stay under half of that hash's cost, measured in the same run as the time of a
     * failed sign-in minus that of a refused body (no lookup, no hash). Pairs alternate their order, so
     * whatever one request leaves behind does not always land on the same kind; both paths are warmed.
     */
    @Test
    void unknownAndKnownTakeTheSameTime() throws Exception {
        int warmUp = 5;
        int tries = 30;
        List<People.Person> people = new ArrayList<>();
        for (int i = 0; i < warmUp + tries; i++) {
            people.add(People.confirmedQuickly());
        }
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        List<Long> noHash = new ArrayList<>();
        for (int i = 0; i < warmUp + tries; i++) {
            long k;
            long u;
            if (i % 2 == 0) {
                k = failedSignIn(people.get(i).email());
                u = failedSignIn("nobody-" + UUID.randomUUID() + "@example.com");
            } else {
                u = failedSignIn("nobody-" + UUID.randomUUID() + "@example.com");
                k = failedSignIn(people.get(i).email());
            }
            long n = json().body(Map.of("login", people.get(i).email())).post("/api/auth/login").then().statusCode(422).extract().time();
            if (i >= warmUp) {
                known.add(k);
                unknown.add(u);
                noHash.add(n);
            }
        }
        double knownMedian = median(known);
        double unknownMedian = median(unknown);
        double hashCost = Math.min(knownMedian, unknownMedian) - median(noHash);
        System.out.printf("sign-in failure medians over %d tries: known %.1f ms, unknown %.1f ms, the hash %.1f ms%n",
                tries, knownMedian, unknownMedian, hashCost);
        assertTrue(hashCost > 0, "a failed sign-in costs a hash: " + known + " against a refused body " + noHash);
        assertTrue(Math.abs(knownMedian - unknownMedian) < hashCost / 2,
                "gap under half the hash (" + hashCost + " ms): known " + known + " unknown " + unknown);
    }

    private static long failedSignIn(String login) {
        return People.login(login, "wrong password").then().statusCode(401).extract().time();
    }

    @Test
    void aResetRequestAnswersTheSameForAnyAddress() throws Exception {
        People.Person person = People.confirmedQuickly();
        Response known = json().body(Map.of("email", person.email())).post("/api/auth/password-reset");
        Response unknown = json().body(Map.of("email", "nobody-" + person.email())).post("/api/auth/password-reset");
        known.then().statusCode(202);
        assertEquals(comparable(known), comparable(unknown));
        List<Long> knownTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // the pauses let each request's background work finish before the next is timed
            Thread.sleep(150);
            knownTimes.add(json().body(Map.of("email", person.email())).post("/api/auth/password-reset").time());
            Thread.sleep(150);
            unknownTimes.add(json().body(Map.of("email", "nobody-" + i + person.email())).post("/api/auth/password-reset").time());
        }
        double k = median(knownTimes);
        double u = median(unknownTimes);
        System.out.printf("reset request medians: known %.1f ms, unknown %.1f ms%n", k, u);
        // both answer before any lookup is made; what is left is this machine's noise
        assertTrue(Math.abs(k - u) <= Math.max(10, 0.2 * Math.max(k, u)), "known " + knownTimes + " unknown " + unknownTimes);
    }

    static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
