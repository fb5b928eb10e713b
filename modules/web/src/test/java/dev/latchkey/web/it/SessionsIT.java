package dev.latchkey.web.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.latchkey.web.it.Api.assertError;
import static dev.latchkey.web.it.Api.given;
import static dev.latchkey.web.it.Api.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** sessions.max-concurrent = 3, sessions.max-age = 1 h (the defaults). */
class SessionsIT {

    static Response refresh(String refreshToken) {
        return json().body(Map.of("refreshToken", refreshToken)).post("/api/auth/refresh");
    }

    @Test
    void sessionsAreListedWithTheCurrentOneMarkedAndCanBeEnded() throws Exception {
        People.Person person = People.confirmedQuickly();
        Response first = People.login(person.email(), person.password());
        Response second = People.login(person.email(), person.password());
        String access = second.path("data.accessToken");
        given().auth().oauth2(access).get("/api/sessions").then().statusCode(200)
                .body("data", hasSize(2))
                .body("meta.page", equalTo(1)).body("meta.size", equalTo(20)).body("meta.total", equalTo(2))
                .body("data.find { it.current }.id", equalTo(second.path("data.sessionId")))
                .body("data.find { !it.current }.id", equalTo(first.path("data.sessionId")))
                .body("data[0].createdAt", matchesPattern(Api.TIMESTAMP));
        given().auth().oauth2(access).queryParam("size", 1).queryParam("page", 2).get("/api/sessions").then()
                .statusCode(200).body("data", hasSize(1)).body("meta.total", equalTo(2));

        given().auth().oauth2(access).delete("/api/sessions/" + first.path("data.sessionId")).then().statusCode(204).body(equalTo(""));
        assertError(given().auth().oauth2(first.<String>path("data.accessToken")).get("/api/auth/me"), 401, "SESSION_INVALID");
        assertError(refresh(first.path("data.refreshToken")), 401, "REFRESH_TOKEN_REVOKED");
        assertError(given().auth().oauth2(access).delete("/api/sessions/" + first.path("data.sessionId")), 404, "SESSION_NOT_FOUND")
                .then().body("error.details.session_id", equalTo(first.path("data.sessionId")));
    }

    @Test
    void anotherAccountsSessionIsNotFoundAndBadPagingIsRejected() throws Exception {
        String mine = People.accessToken(People.confirmedQuickly());
        People.Person other = People.confirmedQuickly();
        String otherSession = People.login(other.email(), other.password()).path("data.sessionId");
        assertError(given().auth().oauth2(mine).delete("/api/sessions/" + otherSession), 404, "SESSION_NOT_FOUND");
        assertError(given().auth().oauth2(mine).delete("/api/sessions/" + UUID.randomUUID()), 404, "SESSION_NOT_FOUND");
        assertError(given().auth().oauth2(mine).delete("/api/sessions/nope"), 400, "INVALID_REQUEST");
        assertError(given().auth().oauth2(mine).queryParam("page", 0).get("/api/sessions"), 422, "VALIDATION_ERROR")
                .then().body("error.details[0].field", equalTo("page")).body("error.details[0].type", equalTo("range"));
        assertError(given().auth().oauth2(mine).queryParam("size", 101).get("/api/sessions"), 422, "VALIDATION_ERROR");
        assertError(given().auth().oauth2(mine).queryParam("size", "ten").get("/api/sessions"), 400, "INVALID_REQUEST");
        assertError(given().get("/api/sessions"), 401, "AUTHENTICATION_REQUIRED");
    }

    @Test
    void theFourthSessionIsOverTheLimit() throws Exception {
        People.Person person = People.confirmedQuickly();
        String oldest = People.login(person.email(), person.password()).path("data.sessionId");
        String oldestBegan = Db.value("select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from session where id = ?",
                UUID.fromString(oldest)).toString();
        People.login(person.email(), person.password()).then().statusCode(200);
        People.login(person.email(), person.password()).then().statusCode(200);
        Response fourth = People.login(person.email(), person.password());
        assertError(fourth, 429, "SESSION_CONCURRENT_LIMIT")
                .then().body("error.details.current_sessions", equalTo(3))
                .body("error.details.max_concurrent", equalTo(3))
                .body("error.details.oldest_session", equalTo(oldestBegan))
                .body("error.details.action", not(emptyOrNullString()));
        assertNull(fourth.header("Retry-After"), "the session limit carries no Retry-After");
    }

    @Test
    void twentyParallelSignInsLeaveExactlyThreeSessions() throws Exception {
        People.Person person = People.confirmedQuickly();
        List<Response> responses = Api.concurrently(20, () -> People.login(person.email(), person.password()));
        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        assertEquals(3, statuses.stream().filter(s -> s == 200).count(), "exactly three sign-ins succeed: " + statuses);
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 429 || s == 409), "only limits or conflicts: " + statuses);
        responses.stream().filter(r -> r.statusCode() != 200)
                .forEach(r -> assertError(r, r.statusCode(), r.statusCode() == 429 ? "SESSION_CONCURRENT_LIMIT" : "CONCURRENCY_CONFLICT"));
        assertEquals(3L, ((Number) Db.value("select count(*) from session where account_id = ? and ended_at is null",
                UUID.fromString(person.id()))).longValue());
    }

    @Test
    void refreshRotatesAndAReusedTokenEndsTheWholeSession() throws Exception {
        People.Person person = People.confirmedQuickly();
        Response login = People.login(person.email(), person.password());
        String firstRefresh = login.path("data.refreshToken");
        Response rotated = refresh(firstRefresh);
        rotated.then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("data.sessionId", equalTo(login.path("data.sessionId")))
                .body("data.tokenType", equalTo("Bearer"))
                .body("data.refreshToken", not(equalTo(firstRefresh)));
        given().auth().oauth2(rotated.<String>path("data.accessToken")).get("/api/auth/me").then().statusCode(200);
        given().auth().oauth2(rotated.<String>path("data.accessToken")).get("/api/sessions").then().statusCode(200)
                .body("data", hasSize(1)).body("data[0].lastUsedAt", matchesPattern(Api.TIMESTAMP));

        Thread.sleep(2200);
        assertError(refresh(firstRefresh), 401, "REFRESH_TOKEN_REVOKED")
                .then().body("error.details.session_id", equalTo(login.path("data.sessionId")));
        assertError(given().auth().oauth2(rotated.<String>path("data.accessToken")).get("/api/auth/me"), 401, "SESSION_INVALID");
        assertError(refresh(rotated.path("data.refreshToken")), 401, "REFRESH_TOKEN_REVOKED");
    }

    @Test
    void twoParallelRefreshesOfOneTokenHaveOneWinner() throws Exception {
        People.Person person = People.confirmedQuickly();
        String token = People.login(person.email(), person.password()).path("data.refreshToken");
        List<Response> responses = Api.concurrently(2, () -> refresh(token));
        List<Response> winners = responses.stream().filter(r -> r.statusCode() == 200).toList();
        assertEquals(1, winners.size(), responses.stream().map(Response::statusCode).toList().toString());
        responses.stream().filter(r -> r.statusCode() != 200).forEach(r -> assertError(r, 401, "REFRESH_TOKEN_REVOKED"));
        given().auth().oauth2(winners.get(0).<String>path("data.accessToken")).get("/api/auth/me").then().statusCode(200);
        refresh(winners.get(0).path("data.refreshToken")).then().statusCode(200);
    }

    @Test
    void unknownAndExpiredRefreshTokens() throws Exception {
        assertError(refresh("no-such-token"), 401, "INVALID_REFRESH_TOKEN").then().body("error.details", org.hamcrest.Matchers.anEmptyMap());
        assertError(json().body("{}").post("/api/auth/refresh"), 401, "INVALID_REFRESH_TOKEN");
        People.Person person = People.confirmedQuickly();
        Response login = People.login(person.email(), person.password());
        Db.update("update session set expires_at = now() - interval '1 second' where id = ?", UUID.fromString(login.path("data.sessionId")));
        assertError(refresh(login.path("data.refreshToken")), 401, "REFRESH_TOKEN_EXPIRED")
                .then().body("error.details.expired_at", matchesPattern(Api.TIMESTAMP));
    }

    @Test
    void logoutRevokesTheRefreshTokenToo() throws Exception {
        People.Person person = People.confirmedQuickly();
        Response login = People.login(person.email(), person.password());
        given().auth().oauth2(login.<String>path("data.accessToken")).post("/api/auth/logout").then().statusCode(204);
        assertError(refresh(login.path("data.refreshToken")), 401, "REFRESH_TOKEN_REVOKED");
        given().auth().oauth2(People.accessToken(person)).get("/api/sessions").then().statusCode(200)
                .body("data", hasSize(1)).body("data[0].lastUsedAt", nullValue());
    }
}
