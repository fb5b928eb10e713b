package dev.latchkey.web.it;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static dev.latchkey.web.it.Api.assertError;
import static dev.latchkey.web.it.Api.given;
import static dev.latchkey.web.it.Api.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

/** Every error the framework itself raises answers with the contract's envelope, never a 500. */
class ErrorContractIT {

    @Test
    void malformedJsonIsAnInvalidRequestOnTheBody() {
        assertError(json().body("{\"email\": ").post("/api/accounts"), 400, "INVALID_REQUEST")
                .then().body("error.details.field", equalTo("body"))
                .body("error.details.issue", startsWith("is not valid JSON"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"email\": 5, \"username\": \"abc\", \"password\": \"correct horse battery\"}",
            "{\"email\": true, \"username\": \"abc\", \"password\": \"correct horse battery\"}",
            "{\"email\": {\"a\": 1}, \"username\": \"abc\", \"password\": \"correct horse battery\"}",
            "{\"email\": [\"a@b.cd\"], \"username\": \"abc\", \"password\": \"correct horse battery\"}"})
    void aWrongJsonTypeNamesTheField(String body) {
        assertError(json().body(body).post("/api/accounts"), 400, "INVALID_REQUEST")
                .then().body("error.details.field", equalTo("email"))
                .body("error.details.issue", equalTo("must be a string"));
    }

    @Test
    void aPasswordOfTheWrongTypeIsNotEchoed() {
        Response response = json().body("{\"email\": \"a@b.cd\", \"username\": \"abc\", \"password\": 123456789012345}")
                .post("/api/accounts");
        assertError(response, 400, "INVALID_REQUEST").then().body("error.details.field", equalTo("password"));
        org.junit.jupiter.api.Assertions.assertFalse(response.asString().contains("123456789012345"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"text\"", "42", "null", "{\"a\":1} {\"b\":2}", "{\"email\":\"a@b.cd\",\"email\":\"c@d.ef\"}"})
    void aBodyThatIsNotOneJsonObjectIsAnInvalidRequest(String body) {
        assertError(json().body(body).post("/api/accounts"), 400, "INVALID_REQUEST")
                .then().body("error.details.field", equalTo("body"));
    }

    @Test
    void anEmptyOrMissingBodyIsAnInvalidRequest() {
        assertError(json().post("/api/accounts"), 400, "INVALID_REQUEST").then().body("error.details.field", equalTo("body"));
        assertError(given().post("/api/accounts"), 400, "INVALID_REQUEST").then().body("error.details.field", equalTo("body"));
    }

    @Test
    void aBodyOverTheLimitIsPayloadTooLarge() {
        String huge = "{\"email\":\"" + "a".repeat(1024 * 1024) + "\"}";
        assertError(json().body(huge).post("/api/accounts"), 413, "PAYLOAD_TOO_LARGE")
                .then().body("error.details.max_bytes", equalTo(65536));
    }

    @Test
    void aChunkedBodyOverTheLimitIsPayloadTooLargeToo() {
        byte[] huge = ("{\"email\":\"" + "a".repeat(200 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        InputStream stream = new ByteArrayInputStream(huge);
        assertError(json().body(stream).post("/api/accounts"), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void unknownRoutesAreResourceNotFound() {
        assertError(given().get("/api/no-such-thing"), 404, "RESOURCE_NOT_FOUND")
                .then().body("error.details.resource_type", equalTo("route"))
                .body("error.details.resource_id", equalTo("/api/no-such-thing"));
        assertError(given().accept(ContentType.JSON).get("/no-such-page"), 404, "RESOURCE_NOT_FOUND");
    }

    @Test
    void aWrongMethodIsMethodNotAllowedWithAllow() {
        Response response = given().delete("/api/accounts");
        assertError(response, 405, "METHOD_NOT_ALLOWED")
                .then().header("Allow", containsString("POST"))
                .body("error.details.allowed", hasItem("POST"));
    }

    @Test
    void anUnacceptableAcceptIsNotAcceptable() {
        assertError(given().accept("text/xml").get("/api/accounts/" + java.util.UUID.randomUUID()), 406, "NOT_ACCEPTABLE");
    }

    @Test
    void anUnsupportedContentTypeIsUnsupportedMediaType() {
        assertError(given().contentType("text/plain").body("hello").post("/api/accounts"), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertError(given().contentType("application/xml").body("<a/>").post("/api/accounts"), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void theCallersRequestIdIsKeptAndABadOneReplaced() {
        Response kept = given().header("X-Request-Id", "trace-42.a_b").get("/api/no-such-thing");
        kept.then().header("X-Request-Id", equalTo("trace-42.a_b")).body("request_id", equalTo("trace-42.a_b"));
        Response replaced = given().header("X-Request-Id", "bad id with spaces").get("/api/no-such-thing");
        replaced.then().header("X-Request-Id", matchesPattern("[A-Za-z0-9._-]{1,128}"))
                .body("request_id", equalTo(replaced.header("X-Request-Id")));
        org.junit.jupiter.api.Assertions.assertNotEquals("bad id with spaces", replaced.header("X-Request-Id"));
        given().get("/api/health").then().header("X-Request-Id", matchesPattern("[A-Za-z0-9._-]{1,128}"));
        given().header("X-Request-Id", "x".repeat(129)).get("/api/health").then()
                .header("X-Request-Id", org.hamcrest.Matchers.not(equalTo("x".repeat(129))));
    }

    @Test
    void problemJsonOnRequestIsRfc9457() {
        Response response = given().contentType(ContentType.JSON).accept("application/problem+json")
                .header("X-Request-Id", "problem-1")
                .body(Map.of("email", "nope", "username", "abc", "password", "correct horse battery"))
                .post("/api/accounts");
        response.then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/docs/errors#VALIDATION_ERROR"))
                .body("title", equalTo("Request validation failed"))
                .body("status", equalTo(422))
                .body("detail", equalTo("Request validation failed"))
                .body("instance", equalTo("/api/accounts"))
                .body("code", equalTo("VALIDATION_ERROR"))
                .body("request_id", equalTo("problem-1"))
                .body("details[0].field", equalTo("email"))
                .body("errors.email[0]", equalTo("must be a valid email address"));
        given().accept("application/problem+json").get("/api/nowhere").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("RESOURCE_NOT_FOUND"));
    }

    @Test
    void problemJsonAcceptStillGetsSuccessfulResponses() {
        Response created = given().contentType(ContentType.JSON).accept("application/problem+json")
                .body(Api.newAccount()).post("/api/accounts");
        created.then().statusCode(201).contentType(ContentType.JSON).body("status", equalTo("created"));
    }

    @Test
    void malformedIdempotencyKeyIsAnInvalidRequest() {
        assertError(json().header("Idempotency-Key", "has spaces in it").body(Api.newAccount()).post("/api/accounts"),
                400, "INVALID_REQUEST").then().body("error.details.field", equalTo("Idempotency-Key"));
        assertError(json().header("Idempotency-Key", "k".repeat(256)).body(Api.newAccount()).post("/api/accounts"),
                400, "INVALID_REQUEST");
    }
}
