package dev.latchkey.web.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.latchkey.web.it.Api.assertError;
import static dev.latchkey.web.it.Api.json;
import static dev.latchkey.web.it.Api.newAccount;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

class IdempotencyIT {

    static Response post(String key, Map<String, Object> body) {
        return json().header("Idempotency-Key", key).body(body).post("/api/accounts");
    }

    @Test
    void aRepeatedPostReplaysTheFirstResponseWithoutRegisteringTwice() {
        String key = "reg-" + UUID.randomUUID();
        Map<String, Object> body = newAccount();
        Response first = post(key, body);
        first.then().statusCode(201);
        Response second = post(key, body);
        second.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.jsonPath().getString("data.id"), second.jsonPath().getString("data.id"));
        assertEquals(first.header("Location"), second.header("Location"));
        assertEquals(first.asString(), second.asString());
        // without the key, the same body is a second registration attempt, and a duplicate
        assertError(json().body(body).post("/api/accounts"), 409, "DUPLICATE_ENTRY");
    }

    @Test
    void theSameKeyWithAnotherBodyIsRejected() {
        String key = "reg-" + UUID.randomUUID();
        post(key, newAccount()).then().statusCode(201);
        assertError(post(key, newAccount()), 422, "IDEMPOTENCY_KEY_REUSED")
                .then().body("error.details.idempotency_key", equalTo(key));
    }

    @Test
    void errorsAreReplayedToo() {
        String key = "reg-" + UUID.randomUUID();
        Map<String, Object> body = newAccount();
        body.put("password", "short");
        Response first = post(key, body);
        assertError(first, 422, "VALIDATION_ERROR");
        Response second = post(key, body);
        second.then().statusCode(422).header("Idempotent-Replayed", "true");
        assertEquals(first.jsonPath().getString("request_id"), second.jsonPath().getString("request_id"));
    }

    @Test
    void twentyRequestsWithOneKeyAtOnceRegisterOnce() throws Exception {
        String key = "reg-" + UUID.randomUUID();
        Map<String, Object> body = newAccount();
        List<Response> responses = Api.concurrently(20, () -> post(key, body));
        long created = responses.stream().filter(r -> r.statusCode() == 201).count();
        assertEquals(20, created, "every request gets the one registration's answer: "
                + responses.stream().map(Response::statusCode).toList());
        assertEquals(1, responses.stream().map(r -> r.jsonPath().getString("data.id")).distinct().count());
        assertEquals(19, responses.stream().filter(r -> "true".equals(r.header("Idempotent-Replayed"))).count());
    }

    @Test
    void keysAreScopedToTheCaller() {
        String key = "reg-" + UUID.randomUUID();
        post(key, newAccount()).then().statusCode(201);
        json().header("Idempotency-Key", key).header("Authorization", "Bearer someone-else")
                .body(newAccount()).post("/api/accounts").then().statusCode(201);
    }
}
