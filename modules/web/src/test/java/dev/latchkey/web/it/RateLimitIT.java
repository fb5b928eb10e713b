package dev.latchkey.web.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.latchkey.web.it.Api.assertError;
import static dev.latchkey.web.it.Api.json;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * rate-limit.device-registration: the test service runs with RATE_LIMIT_DEVICE_REGISTRATION_LIMIT=40
 * (set by {@code ./latchkey test}), so this also proves the limit is configurable; the window is
 * the default 24 hours. Every attempt counts, whatever it then answers.
 */
class RateLimitIT {

    static final int LIMIT = 40;

    static Response attempt(String access, String publicKey) {
        return json().auth().oauth2(access).body(Map.of("name", "Phone", "publicKey", publicKey)).post("/api/devices");
    }

    @Test
    void deviceRegistrationsBeyondTheLimitGetRateLimitDeviceWithItsHeadersAndDetails() throws Exception {
        String access = People.accessToken(People.confirmedQuickly());
        Instant before = Instant.now();
        Response first = attempt(access, DevicesIT.spki(DevicesIT.key("secp256r1")));
        first.then().statusCode(201)
                .header("X-RateLimit-Limit", String.valueOf(LIMIT))
                .header("X-RateLimit-Remaining", String.valueOf(LIMIT - 1));
        long reset = Long.parseLong(first.header("X-RateLimit-Reset"));
        assertTrue(Math.abs(reset - before.plus(Duration.ofHours(24)).getEpochSecond()) <= 5, "resets 24 h after the first attempt");
        for (int i = 2; i <= LIMIT; i++) {
            attempt(access, "not a key").then().statusCode(422)
                    .header("X-RateLimit-Remaining", String.valueOf(LIMIT - i))
                    .header("X-RateLimit-Reset", String.valueOf(reset));
        }
        Response limited = assertError(attempt(access, DevicesIT.spki(DevicesIT.key("secp256r1"))), 429, "RATE_LIMIT_DEVICE");
        limited.then()
                .header("X-RateLimit-Limit", String.valueOf(LIMIT))
                .header("X-RateLimit-Remaining", "0")
                .header("X-RateLimit-Reset", String.valueOf(reset))
                .body("error.details.limit", equalTo(LIMIT))
                .body("error.details.window", equalTo("24 hours"))
                .body("error.details.reset_time", equalTo(Instant.ofEpochSecond(reset).toString()));
        long retryAfter = limited.jsonPath().getLong("error.details.retry_after");
        assertTrue(retryAfter > 86_000 && retryAfter <= 86_400, "retry_after " + retryAfter);
        assertEquals(String.valueOf(retryAfter), limited.header("Retry-After"));
        json().auth().oauth2(access).get("/api/devices").then().statusCode(200).body("meta.total", equalTo(1));
    }

    @Test
    void theLimitIsExactUnderParallelAttemptsAndCountsPerAccount() throws Exception {
        String access = People.accessToken(People.confirmedQuickly());
        List<Integer> statuses = Api.concurrently(LIMIT + 20, () -> attempt(access, "not a key").statusCode());
        assertEquals(LIMIT, statuses.stream().filter(s -> s == 422).count(), "answers within the limit: " + statuses);
        assertEquals(20, statuses.stream().filter(s -> s == 429).count(), "answers beyond it: " + statuses);
        String other = People.accessToken(People.confirmedQuickly());
        attempt(other, DevicesIT.spki(DevicesIT.key("secp256r1"))).then().statusCode(201)
                .header("X-RateLimit-Remaining", String.valueOf(LIMIT - 1));
    }

    @Test
    void aRateLimitedPostIsNotRememberedUnderItsIdempotencyKey() throws Exception {
        String access = People.accessToken(People.confirmedQuickly());
        for (int i = 0; i < LIMIT; i++) {
            attempt(access, "not a key").then().statusCode(422);
        }
        String key = UUID.randomUUID().toString();
        String publicKey = DevicesIT.spki(DevicesIT.key("secp256r1"));
        Map<String, String> body = Map.of("name", "Phone", "publicKey", publicKey);
        for (int i = 0; i < 2; i++) {
            Response again = json().auth().oauth2(access).header("Idempotency-Key", key).body(body).post("/api/devices");
            assertError(again, 429, "RATE_LIMIT_DEVICE");
            assertEquals(null, again.header("Idempotent-Replayed"));
        }
    }
}
