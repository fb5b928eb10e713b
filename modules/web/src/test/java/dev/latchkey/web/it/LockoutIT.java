package dev.latchkey.web.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.latchkey.web.it.Api.assertError;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** accounts.lockout-after = 3, accounts.lockout-duration = 15 min (the defaults). */
class LockoutIT {

    @Test
    void countsDownThenTheFailureThatReachesTheLimitLocks() throws Exception {
        People.Person person = People.confirmedQuickly();
        assertError(People.login(person.email(), "wrong password 1"), 401, "AUTH_INVALID_CREDENTIALS")
                .then().body("error.details.attempts_remaining", equalTo(2)).body("error.details.lockout_after", equalTo(3));
        // the same account named by its username counts on the same counter
        assertError(People.login(person.username(), "wrong password 2"), 401, "AUTH_INVALID_CREDENTIALS")
                .then().body("error.details.attempts_remaining", equalTo(1));
        Response locked = People.login(person.email(), "wrong password 3");
        assertError(locked, 423, "AUTH_ACCOUNT_LOCKED")
                .then().body("error.details.lockout_reason", equalTo("too_many_failed_attempts"))
                .body("error.details.lockout_duration", equalTo(900000))
                .body("error.details.unlock_time", matchesPattern(Api.TIMESTAMP));
        long retryAfter = Long.parseLong(locked.header("Retry-After"));
        assertTrue(retryAfter > 890 && retryAfter <= 900, "Retry-After " + retryAfter);
        assertError(People.login(person.username(), person.password()), 423, "AUTH_ACCOUNT_LOCKED");
    }

    @Test
    void aRightPasswordStartsTheCountAgain() throws Exception {
        People.Person person = People.confirmedQuickly();
        assertError(People.login(person.email(), "wrong password"), 401, "AUTH_INVALID_CREDENTIALS");
        assertError(People.login(person.email(), "wrong password"), 401, "AUTH_INVALID_CREDENTIALS");
        People.login(person.email(), person.password()).then().statusCode(200);
        assertError(People.login(person.email(), "wrong password"), 401, "AUTH_INVALID_CREDENTIALS")
                .then().body("error.details.attempts_remaining", equalTo(2));
    }

    @Test
    void theLockEndsAtUnlockTime() throws Exception {
        People.Person person = People.confirmedQuickly();
        for (int i = 0; i < 3; i++) {
            People.login(person.email(), "wrong password");
        }
        assertError(People.login(person.email(), person.password()), 423, "AUTH_ACCOUNT_LOCKED");
        Db.update("update login_guard set locked_until = now() - interval '1 second' where subject = ?", "account:" + person.id());
        People.login(person.email(), person.password()).then().statusCode(200);
    }

    @Test
    void fiftyParallelGuessesGetNoMoreThanThreePasswordChecks() throws Exception {
        People.Person person = People.confirmedQuickly();
        Instant start = Instant.now();
        List<Response> responses = Api.concurrently(50, () -> People.login(person.email(), "guess " + UUID.randomUUID()));
        long invalid = responses.stream().filter(r -> r.statusCode() == 401).count();
        long locked = responses.stream().filter(r -> r.statusCode() == 423).count();
        assertEquals(2, invalid, "two failures still count down: " + responses.stream().map(Response::statusCode).toList());
        assertEquals(48, locked, "the third check locks, and every other guess is refused unchecked");
        responses.stream().filter(r -> r.statusCode() == 423).forEach(r -> assertError(r, 423, "AUTH_ACCOUNT_LOCKED"));
        assertEquals(3, ((Number) Db.value("select failures from login_guard where subject = ?", "account:" + person.id())).intValue(),
                "exactly three passwords were checked");
        assertError(People.login(person.email(), person.password()), 423, "AUTH_ACCOUNT_LOCKED");
        System.out.println("50 parallel guesses answered in " + java.time.Duration.between(start, Instant.now()).toMillis() + " ms");
    }

    @Test
    void unknownLoginsAreCountedAndLockedTheSameWay() {
        String login = "nobody-" + UUID.randomUUID();
        assertError(People.login(login, "x"), 401, "AUTH_INVALID_CREDENTIALS").then().body("error.details.attempts_remaining", equalTo(2));
        assertError(People.login(login.toUpperCase(), "x"), 401, "AUTH_INVALID_CREDENTIALS").then().body("error.details.attempts_remaining", equalTo(1));
        assertError(People.login(login, "x"), 423, "AUTH_ACCOUNT_LOCKED");
    }
}
