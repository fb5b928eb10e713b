package dev.latchkey.web.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static dev.latchkey.web.it.Api.assertError;
import static dev.latchkey.web.it.Api.given;
import static dev.latchkey.web.it.Api.json;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Maintenance mode stops writes but sign-in and administration; reads work; the state is in the database,
 * and every node, which holds it in memory, follows a change at once (made through the API or in SQL).
 */
class MaintenanceIT {

    static void set(String access, Map<String, Object> body) {
        json().auth().oauth2(access).body(body).put("/api/admin/maintenance").then().statusCode(200)
                .body("data.enabled", equalTo(body.get("enabled")));
    }

    @Test
    void writesWaitWhileReadsSignInAndAdministrationGoOn() throws Exception {
        People.Person person = People.confirmedQuickly();
        String session = People.accessToken(person);
        Instant end = Instant.now().plus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        Admin.as(access -> {
            try {
                set(access, Map.of("enabled", true, "estimatedEnd", end.toString()));
                assertEquals(true, Db.value("select enabled from maintenance where id = 1"), "kept in the database");
                Response refused = Api.register(Api.newAccount());
                assertError(refused, 503, "SERVICE_MAINTENANCE")
                        .then().body("error.details.maintenance_type", equalTo("scheduled"))
                        .body("error.details.estimated_end", equalTo(end.toString()));
                int wait = Integer.parseInt(refused.header("Retry-After"));
                assertTrue(wait > 60 && wait <= 120, "Retry-After runs to the estimated end: " + wait);
                assertError(json().auth().oauth2(session).body(Map.of("displayName", "x")).patch("/api/auth/me"), 503, "SERVICE_MAINTENANCE");
                given().auth().oauth2(session).get("/api/auth/me").then().statusCode(200);
                given().get("/api/health").then().statusCode(200);
                People.login(person.email(), person.password()).then().statusCode(200);
                given().auth().oauth2(access).get("/api/admin/maintenance").then().statusCode(200).body("data.enabled", equalTo(true));
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                set(access, Map.of("enabled", false));
            }
            return null;
        });
        Api.register(Api.newAccount()).then().statusCode(201);
        assertError(json().body(Map.of()).put("/api/admin/maintenance"), 401, "AUTHENTICATION_REQUIRED");
    }

    @Test
    void everyNodeFollowsAChangeAtOnce() throws Exception {
        // the second node has just answered a write, from the state it holds in memory
        SecondNode.from(SecondNode.freshLoopback()).body(Api.newAccount()).post("/api/accounts").then().statusCode(201);
        Admin.as(access -> {
            try {
                set(access, Map.of("enabled", true));
                assertError(SecondNode.from(SecondNode.freshLoopback()).body(Api.newAccount()).post("/api/accounts"), 503, "SERVICE_MAINTENANCE");
                Db.update("update maintenance set enabled = false where id = 1");
                int status = 0;
                for (int i = 0; i < 50 && status != 201; i++) {
                    status = SecondNode.from(SecondNode.freshLoopback()).body(Api.newAccount()).post("/api/accounts").statusCode();
                    if (status != 201) {
                        Thread.sleep(20);
                    }
                }
                assertEquals(201, status, "the trigger's notice reached the second node within a second");
                Api.register(Api.newAccount()).then().statusCode(201);
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                set(access, Map.of("enabled", false));
            }
            return null;
        });
    }
}
