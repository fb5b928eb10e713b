package dev.latchkey.web.it;

import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.latchkey.web.it.Api.assertError;
import static dev.latchkey.web.it.Api.given;
import static dev.latchkey.web.it.Api.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordIT {

    static final String NEW_PASSWORD = "an entirely new passphrase";

    static Response patchMe(String access, Map<String, Object> body) {
        return json().auth().oauth2(access).body(body).patch("/api/auth/me");
    }

    @Test
    void theDisplayNameChangesAndTheEtagWithIt() throws Exception {
        String access = People.accessToken(People.confirmedQuickly());
        String before = given().auth().oauth2(access).get("/api/auth/me").header("ETag");
        Response changed = patchMe(access, Map.of("displayName", "New Name"));
        changed.then().statusCode(200).body("data.displayName", equalTo("New Name"));
        assertNotEquals(before, changed.header("ETag"));
        assertError(json().auth().oauth2(access).header("If-Match", before).body(Map.of("displayName", "Stale"))
                .patch("/api/auth/me"), 412, "PRECONDITION_FAILED")
                .then().body("error.details.current_etag", equalTo(changed.header("ETag")));
        json().auth().oauth2(access).header("If-Match", changed.header("ETag")).body(Map.of("displayName", "Fresh"))
                .patch("/api/auth/me").then().statusCode(200).body("data.displayName", equalTo("Fresh"));
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordAndEndsTheOtherSessions() throws Exception {
        People.Person person = People.confirmedQuickly();
        String current = People.accessToken(person);
        String other = People.accessToken(person);

        assertError(patchMe(current, Map.of("newPassword", NEW_PASSWORD)), 422, "VALIDATION_ERROR")
                .then().body("error.details.field", hasItem("currentPassword"));
        assertError(patchMe(current, Map.of("newPassword", NEW_PASSWORD, "currentPassword", "not it")), 401, "AUTH_INVALID_CREDENTIALS")
                .then().body("error.details.attempts_remaining", equalTo(2));
        assertError(patchMe(current, Map.of("newPassword", "short", "currentPassword", person.password())), 422, "VALIDATION_ERROR")
                .then().body("error.details[0].type", equalTo("min_length"));

        patchMe(current, Map.of("newPassword", NEW_PASSWORD, "currentPassword", person.password())).then().statusCode(200);
        given().auth().oauth2(current).get("/api/auth/me").then().statusCode(200);
        assertError(given().auth().oauth2(other).get("/api/auth/me"), 401, "SESSION_INVALID");
        assertError(People.login(person.email(), person.password()), 401, "AUTH_INVALID_CREDENTIALS");
        People.login(person.email(), NEW_PASSWORD).then().statusCode(200);
    }

    @Test
    void aResetByMailSetsTheNewPasswordOnceAndEndsEverySession() throws Exception {
        People.Person person = People.confirmed();
        String session = People.accessToken(person);
        int mailsBefore = Mailbox.count(person.email());
        json().body(Map.of("email", person.email().toUpperCase())).post("/api/auth/password-reset").then().statusCode(202)
                .body("status", equalTo("accepted"));
        MimeMessage mail = awaitNewMail(person.email(), mailsBefore);
        assertEquals("Reset your password", mail.getSubject());
        String token = Mailbox.token(mail);

        assertError(json().body(Map.of("token", token, "newPassword", "short")).post("/api/auth/password-reset/confirm"),
                422, "VALIDATION_ERROR");
        json().body(Map.of("token", token, "newPassword", NEW_PASSWORD)).post("/api/auth/password-reset/confirm")
                .then().statusCode(204).body(equalTo(""));
        assertError(json().body(Map.of("token", token, "newPassword", NEW_PASSWORD + "!")).post("/api/auth/password-reset/confirm"),
                401, "INVALID_RESET_TOKEN");
        assertError(given().auth().oauth2(session).get("/api/auth/me"), 401, "SESSION_INVALID");
        People.login(person.email(), NEW_PASSWORD).then().statusCode(200);
    }

    @Test
    void anOldResetTokenIsExpired() throws Exception {
        People.Person person = People.confirmedQuickly();
        int before = Mailbox.count(person.email());
        json().body(Map.of("email", person.email())).post("/api/auth/password-reset").then().statusCode(202);
        String token = Mailbox.token(awaitNewMail(person.email(), before));
        Db.update("update account_token set expires_at = now() - interval '1 second' where account_id = ? and purpose = 'RESET_PASSWORD'",
                UUID.fromString(person.id()));
        assertError(json().body(Map.of("token", token, "newPassword", NEW_PASSWORD)).post("/api/auth/password-reset/confirm"),
                401, "RESET_TOKEN_EXPIRED");
        assertError(json().body(Map.of("token", "unknown", "newPassword", NEW_PASSWORD)).post("/api/auth/password-reset/confirm"),
                401, "INVALID_RESET_TOKEN");
    }

    @Test
    void aResetForAnUnknownAddressSendsNothing() throws Exception {
        String nobody = "nobody-" + UUID.randomUUID() + "@example.com";
        json().body(Map.of("email", nobody)).post("/api/auth/password-reset").then().statusCode(202);
        Thread.sleep(1500);
        Mailbox.start();
        assertEquals(0, Mailbox.count(nobody));
        assertError(json().body(Map.of("email", "not an email")).post("/api/auth/password-reset"), 422, "VALIDATION_ERROR")
                .then().body("error.details[0].field", equalTo("email"));
    }

    static String requestReset(People.Person person) throws Exception {
        int before = Mailbox.count(person.email());
        json().body(Map.of("email", person.email())).post("/api/auth/password-reset").then().statusCode(202);
        return Mailbox.token(awaitNewMail(person.email(), before));
    }

    /** Any password change spends every open reset link: older ones after a reset, all of them after PATCH /me. */
    @Test
    void aPasswordChangeSpendsEveryOpenResetToken() throws Exception {
        People.Person person = People.confirmedQuickly();
        String older = requestReset(person);
        String newest = requestReset(person);
        json().body(Map.of("token", newest, "newPassword", NEW_PASSWORD)).post("/api/auth/password-reset/confirm").then().statusCode(204);
        assertError(json().body(Map.of("token", older, "newPassword", NEW_PASSWORD + " again")).post("/api/auth/password-reset/confirm"),
                401, "INVALID_RESET_TOKEN");

        String beforeChange = requestReset(person);
        String access = People.accessToken(new People.Person(person.id(), person.email(), person.username(), NEW_PASSWORD));
        patchMe(access, Map.of("newPassword", NEW_PASSWORD + " two", "currentPassword", NEW_PASSWORD)).then().statusCode(200);
        assertError(json().body(Map.of("token", beforeChange, "newPassword", "a password set by whoever read the mail"))
                .post("/api/auth/password-reset/confirm"), 401, "INVALID_RESET_TOKEN");
        People.login(person.email(), NEW_PASSWORD + " two").then().statusCode(200);
    }

    /**
     * Parallel changes with the right current password never count as failed sign-ins (no lockout),
     * whether they overlapped the winning change or queued behind it: twenty at once, more than the
     * test node's 8 request threads, and more than the lockout's 5 attempts.
     */
    @Test
    void parallelPasswordChangesWithTheRightPasswordDoNotLockTheAccount() throws Exception {
        People.Person person = People.confirmedQuickly();
        String access = People.accessToken(person);
        List<Response> answers = Api.concurrently(20, () ->
                patchMe(access, Map.of("newPassword", NEW_PASSWORD, "currentPassword", person.password())));
        long changed = answers.stream().filter(r -> r.statusCode() == 200).count();
        assertTrue(changed >= 1, "at least one change goes through");
        answers.stream().filter(r -> r.statusCode() != 200)
                .forEach(r -> assertError(r, 409, "CONCURRENCY_CONFLICT"));
        assertEquals(0, ((Number) Db.value("select coalesce(sum(failures), 0) from login_guard where subject = ?",
                "account:" + person.id())).intValue(), "no failure was counted");
        People.login(person.email(), NEW_PASSWORD).then().statusCode(200);
    }

    static MimeMessage awaitNewMail(String to, int before) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        Mailbox.start();
        while (System.currentTimeMillis() < deadline) {
            java.util.Optional<MimeMessage> reset = Mailbox.find(to);
            if (Mailbox.count(to) > before && reset.isPresent() && "Reset your password".equals(reset.get().getSubject())) {
                return reset.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no new mail to " + to);
    }
}
