package dev.latchkey.web.it;

import io.restassured.response.Response;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import static dev.latchkey.web.it.Api.assertError;
import static dev.latchkey.web.it.Api.given;
import static dev.latchkey.web.it.Api.json;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

class TwoFactorIT {

    /** RFC 6238 computed here, independently of the service: HMAC-SHA1, 30 s, 6 digits. */
    static String totp(String secret, long step) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"));
        byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        int o = h[h.length - 1] & 0xf;
        int bin = ((h[o] & 0x7f) << 24) | ((h[o + 1] & 0xff) << 16) | ((h[o + 2] & 0xff) << 8) | (h[o + 3] & 0xff);
        return String.format("%06d", bin % 1_000_000);
    }

    static long step() {
        return System.currentTimeMillis() / 1000 / 30;
    }

    record Enrolled(People.Person person, String access, String secret, List<String> backupCodes) {
    }

    static Enrolled enrol() throws Exception {
        People.Person person = People.confirmedQuickly();
        String access = People.accessToken(person);
        Response setup = json().auth().oauth2(access).post("/api/2fa/totp/setup");
        setup.then().statusCode(200)
                .body("data.secret", matchesPattern("[A-Z2-7]{32}"))
                .body("data.otpauthUri", startsWith("otpauth://totp/Latchkey"));
        String secret = setup.path("data.secret");
        Response verified = json().auth().oauth2(access).body(Map.of("code", totp(secret, step() - 1))).post("/api/2fa/totp/verify-setup");
        verified.then().statusCode(200).body("data.backupCodes", hasSize(10));
        return new Enrolled(person, access, secret, verified.path("data.backupCodes"));
    }

    static Response challenge(People.Person person) {
        Response login = People.login(person.email(), person.password());
        login.then().statusCode(200)
                .body("data.mfaRequired", equalTo(true))
                .body("data.mfaToken", not(emptyOrNullString()))
                .body("data.methods", contains("totp", "backup_code"))
                .body("data.accessToken", nullValue());
        return login;
    }

    static Response verify(String mfaToken, String code) {
        return json().body(Map.of("mfaToken", mfaToken, "code", code)).post("/api/2fa/verify");
    }

    @Test
    void setupNeedsAStartAndARightCodeAndEndsTheOtherSessions() throws Exception {
        People.Person person = People.confirmedQuickly();
        String other = People.accessToken(person);
        String access = People.accessToken(person);
        assertError(json().auth().oauth2(access).body(Map.of("code", "123456")).post("/api/2fa/totp/verify-setup"),
                400, "MFA_SETUP_NOT_INITIATED");
        String secret = json().auth().oauth2(access).post("/api/2fa/totp/setup").path("data.secret");
        String wrong = totp(secret, step() + 5);
        // wrong codes count against the account's bound of ten (mfa.max-failed-codes)
        assertError(json().auth().oauth2(access).body(Map.of("code", wrong)).post("/api/2fa/totp/verify-setup"),
                400, "INVALID_VERIFICATION_CODE").then().body("error.details.attempts_remaining", equalTo(9));
        json().auth().oauth2(access).body(Map.of("code", totp(secret, step()))).post("/api/2fa/totp/verify-setup")
                .then().statusCode(200).body("data.backupCodes", hasSize(10))
                .body("data.backupCodes[0]", matchesPattern("[A-Z2-9]{5}-[A-Z2-9]{5}"));
        given().auth().oauth2(access).get("/api/auth/me").then().statusCode(200);
        assertError(given().auth().oauth2(other).get("/api/auth/me"), 401, "SESSION_INVALID");
    }

    @Test
    void signInTakesASecondStepAndATotpCodeWorksOnce() throws Exception {
        Enrolled enrolled = enrol();
        String code = totp(enrolled.secret(), step() + 1);
        Response tokens = verify(challenge(enrolled.person()).path("data.mfaToken"), code);
        tokens.then().statusCode(200).body("data.accessToken", not(emptyOrNullString())).body("data.tokenType", equalTo("Bearer"));
        given().auth().oauth2(tokens.<String>path("data.accessToken")).get("/api/auth/me").then().statusCode(200);
        assertError(verify(challenge(enrolled.person()).path("data.mfaToken"), code), 400, "INVALID_VERIFICATION_CODE")
                .then().body("error.details.attempts_remaining", equalTo(4));
    }

    @Test
    void aBackupCodeWorksOnce() throws Exception {
        Enrolled enrolled = enrol();
        String backup = enrolled.backupCodes().get(3);
        verify(challenge(enrolled.person()).path("data.mfaToken"), backup.toLowerCase()).then().statusCode(200);
        assertError(verify(challenge(enrolled.person()).path("data.mfaToken"), backup), 400, "BACKUP_CODE_ALREADY_USED");
    }

    @Test
    void mfaTokensAreSingleUseAndFiveWrongCodesSpendThem() throws Exception {
        Enrolled enrolled = enrol();
        assertError(verify("not-a-token", "123456"), 401, "TOKEN_INVALID");
        String mfaToken = challenge(enrolled.person()).path("data.mfaToken");
        for (int remaining = 4; remaining >= 0; remaining--) {
            assertError(verify(mfaToken, "ZZZZZ-ZZZZZ"), 400, "INVALID_VERIFICATION_CODE")
                    .then().body("error.details.attempts_remaining", equalTo(remaining));
        }
        assertError(verify(mfaToken, totp(enrolled.secret(), step())), 401, "TOKEN_INVALID");
        String fresh = challenge(enrolled.person()).path("data.mfaToken");
        verify(fresh, enrolled.backupCodes().get(0)).then().statusCode(200);
        assertError(verify(fresh, enrolled.backupCodes().get(1)), 401, "TOKEN_INVALID");
    }

    @Test
    void disablingNeedsACodeAndSignInIsOneStepAgain() throws Exception {
        String plain = People.accessToken(People.confirmedQuickly());
        assertError(json().auth().oauth2(plain).body(Map.of("code", "123456")).delete("/api/2fa/totp"), 400, "NO_MFA_METHOD");
        Enrolled enrolled = enrol();
        assertError(json().auth().oauth2(enrolled.access()).body(Map.of("code", "000000")).delete("/api/2fa/totp"),
                400, "INVALID_VERIFICATION_CODE");
        json().auth().oauth2(enrolled.access()).body(Map.of("code", enrolled.backupCodes().get(0))).delete("/api/2fa/totp")
                .then().statusCode(204);
        People.login(enrolled.person().email(), enrolled.person().password()).then().statusCode(200)
                .body("data.accessToken", not(emptyOrNullString()));
        assertError(given().post("/api/2fa/totp/setup"), 401, "AUTHENTICATION_REQUIRED");
    }
}
