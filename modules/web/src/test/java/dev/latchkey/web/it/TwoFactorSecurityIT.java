package dev.latchkey.web.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.latchkey.web.it.Api.assertError;
import static dev.latchkey.web.it.Api.json;
import static dev.latchkey.web.it.TwoFactorIT.challenge;
import static dev.latchkey.web.it.TwoFactorIT.enrol;
import static dev.latchkey.web.it.TwoFactorIT.step;
import static dev.latchkey.web.it.TwoFactorIT.totp;
import static dev.latchkey.web.it.TwoFactorIT.verify;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The second factor cannot be taken over with a stolen access token, nor guessed across mfaTokens. */
class TwoFactorSecurityIT {

    static final String WRONG = "000000";

    static int failedCodes(String accountId) throws Exception {
        return ((Number) Db.value("select failed_attempts from totp_factor where account_id = ?", UUID.fromString(accountId))).intValue();
    }

    /** A six-digit code that is not the account's current one (±1 step). */
    static String wrongCode(String secret) throws Exception {
        long now = step();
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!code.equals(totp(secret, now - 1)) && !code.equals(totp(secret, now)) && !code.equals(totp(secret, now + 1))) {
                return code;
            }
        }
    }

    @Test
    void aStolenAccessTokenCannotReplaceAnEnabledFactor() throws Exception {
        TwoFactorIT.Enrolled owner = enrol();
        String stolen = owner.access();
        assertError(json().auth().oauth2(stolen).post("/api/2fa/totp/setup"), 422, "VALIDATION_ERROR")
                .then().body("error.details[0].field", equalTo("code")).body("error.details[0].type", equalTo("required"));
        assertError(json().auth().oauth2(stolen).body(Map.of("code", wrongCode(owner.secret()))).post("/api/2fa/totp/setup"),
                400, "INVALID_VERIFICATION_CODE");
        assertError(json().auth().oauth2(stolen).body(Map.of("code", totp(owner.secret(), step()))).post("/api/2fa/totp/verify-setup"),
                400, "MFA_SETUP_NOT_INITIATED");

        // the owner's factor and backup codes are untouched
        verify(challenge(owner.person()).path("data.mfaToken"), owner.backupCodes().get(0)).then().statusCode(200);

        // with a backup code the owner may rotate the secret; the old one then stops working
        Response setup = json().auth().oauth2(stolen).body(Map.of("code", owner.backupCodes().get(1))).post("/api/2fa/totp/setup");
        setup.then().statusCode(200);
        String fresh = setup.path("data.secret");
        json().auth().oauth2(stolen).body(Map.of("code", totp(fresh, step()))).post("/api/2fa/totp/verify-setup").then().statusCode(200);
        assertError(verify(challenge(owner.person()).path("data.mfaToken"), totp(owner.secret(), step() + 1)), 400,
                "INVALID_VERIFICATION_CODE");
    }

    @Test
    void startingASetupDoesNotLiftThePause() throws Exception {
        TwoFactorIT.Enrolled owner = enrol();
        String wrong = wrongCode(owner.secret());
        for (int i = 0; i < 9; i++) {
            assertError(json().auth().oauth2(owner.access()).body(Map.of("code", wrong)).delete("/api/2fa/totp"), 400,
                    "INVALID_VERIFICATION_CODE").then().body("error.details.attempts_remaining", equalTo(9 - i));
        }
        json().auth().oauth2(owner.access()).body(Map.of("code", owner.backupCodes().get(0))).post("/api/2fa/totp/setup").then().statusCode(200);
        assertEquals(9, failedCodes(owner.person().id()), "setup keeps the count");
        Response paused = json().auth().oauth2(owner.access()).body(Map.of("code", wrong)).delete("/api/2fa/totp");
        assertError(paused, 423, "AUTH_ACCOUNT_LOCKED")
                .then().body("error.details.lockout_reason", equalTo("too_many_failed_codes"))
                .body("error.details.unlock_time", matchesPattern(Api.TIMESTAMP))
                .body("error.details.lockout_duration", equalTo(900000));
        assertNotNull(paused.header("Retry-After"));
        // paused: even a right code is refused, on every path
        assertError(json().auth().oauth2(owner.access()).body(Map.of("code", totp(owner.secret(), step()))).delete("/api/2fa/totp"),
                423, "AUTH_ACCOUNT_LOCKED");
        assertError(json().auth().oauth2(owner.access()).body(Map.of("code", owner.backupCodes().get(1))).post("/api/2fa/totp/setup"),
                423, "AUTH_ACCOUNT_LOCKED");
    }

    /** Whoever knows the password gets fresh mfaTokens, but wrong codes count per account across all of them. */
    @Test
    void wrongCodesAreBoundedPerAccountAcrossParallelMfaTokens() throws Exception {
        TwoFactorIT.Enrolled owner = enrol();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tokens.add(challenge(owner.person()).path("data.mfaToken"));
        }
        String wrong = wrongCode(owner.secret());
        AtomicInteger next = new AtomicInteger();
        List<Response> answers = Api.concurrently(20, () -> verify(tokens.get(next.getAndIncrement() % 4), wrong));
        Map<Integer, Long> byStatus = new java.util.TreeMap<>();
        answers.forEach(r -> byStatus.merge(r.statusCode(), 1L, Long::sum));
        assertEquals(9L, byStatus.getOrDefault(400, 0L), "nine wrong codes are told as such: " + byStatus);
        assertTrue(byStatus.getOrDefault(423, 0L) >= 1, "the tenth pauses the factor: " + byStatus);
        assertEquals(20L, byStatus.getOrDefault(400, 0L) + byStatus.getOrDefault(423, 0L) + byStatus.getOrDefault(401, 0L),
                "no other answer: " + byStatus);
        answers.stream().filter(r -> r.statusCode() == 423).forEach(r -> assertError(r, 423, "AUTH_ACCOUNT_LOCKED"));
        answers.stream().filter(r -> r.statusCode() == 401).forEach(r -> assertError(r, 401, "TOKEN_INVALID"));
        assertEquals(10, failedCodes(owner.person().id()), "exactly the bound was counted");

        // a fresh mfaToken with the right code is paused too, and says until when
        Response right = verify(challenge(owner.person()).path("data.mfaToken"), totp(owner.secret(), step()));
        assertError(right, 423, "AUTH_ACCOUNT_LOCKED").then().body("error.details.lockout_reason", equalTo("too_many_failed_codes"))
                .body("error.details.unlock_time", notNullValue());
        assertNotNull(right.header("Retry-After"));
    }
}
