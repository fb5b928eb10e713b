package dev.latchkey.web.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import static dev.latchkey.web.it.Api.assertError;
import static dev.latchkey.web.it.Api.given;
import static dev.latchkey.web.it.Api.json;
import static dev.latchkey.web.it.Api.newAccount;
import static dev.latchkey.web.it.Api.register;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

/** Health with a real database check: down while PostgreSQL is stopped, up again once it returns. */
class HealthIT {

    @Test
    void healthyWhileTheDatabaseAnswers() {
        given().get("/api/health").then().statusCode(200)
                .body("status", equalTo("healthy")).body("checks.database", equalTo("up"))
                .body("size()", equalTo(2));
        given().get("/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("database"));
    }

    @Test
    void unhealthyWhileTheDatabaseIsDownAndBackAfterwards() throws Exception {
        Scripts.database("stop");
        try {
            await(() -> given().get("/health/ready"), 503);
            given().get("/api/health").then().statusCode(503)
                    .header("Retry-After", not(emptyOrNullString()))
                    .body("status", equalTo("unhealthy")).body("checks.database", equalTo("down"));
            given().get("/health").then().statusCode(503).body("status", equalTo("DOWN"));
            given().get("/health/live").then().statusCode(200);
            Response registration = register(newAccount());
            assertError(registration, 503, "SERVICE_UNAVAILABLE")
                    .then().header("Retry-After", not(emptyOrNullString()))
                    .body("error.details.retry_after", org.hamcrest.Matchers.greaterThan(0));
            assertError(json().body(java.util.Map.of("token", "t")).post("/api/accounts/confirm"), 503, "SERVICE_UNAVAILABLE");
        } finally {
            Scripts.database("start");
        }
        await(() -> given().get("/health/ready"), 200);
        given().get("/api/health").then().statusCode(200).body("status", equalTo("healthy"));
        register(newAccount()).then().statusCode(201);
    }

    private static void await(Supplier<Response> call, int status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            last = call.get().statusCode();
            if (last == status) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("expected " + status + " within 60 s, last was " + last);
    }
}
