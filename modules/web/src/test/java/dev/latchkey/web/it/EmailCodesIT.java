package dev.latchkey.web.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.latchkey.web.it.Api.assertError;
import static dev.latchkey.web.it.Api.given;
import static dev.latchkey.web.it.Api.json;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** E-mail codes as a second factor, over a real SMTP server. */
class EmailCodesIT {

    private static final Pattern CODE = Pattern.compile("code is (\\d{6})");

    @BeforeAll
    static void mailbox() {
        Mailbox.start();
    }

    record Enrolled(People.Person person, String access, List<String> backupCodes) {
    }

    /** The codes mailed to the address so far, oldest first (other mails, such as the confirmation, left out). */
    static List<String> codes(String to) throws Exception {
        List<String> codes = new java.util.ArrayList<>();
        for (jakarta.mail.internet.MimeMessage mail : Mailbox.all(to)) {
            Matcher m = CODE.matcher(mail.getContent().toString());
            if (m.find()) {
                codes.add(m.group(1));
            }
        }
        return codes;
    }

    /** The newest code mailed to the address once more than {@code seen} codes have come. */
    static String mailedCode(String to, int seen) throws Exception {
        Mailbox.start();
        Instant deadline = Instant.now().plusSeconds(30);
        List<String> codes = codes(to);
        while (codes.size() <= seen && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            codes = codes(to);
        }
        assertTrue(codes.size() > seen, "a new code mailed to " + to);
        return codes.get(codes.size() - 1);
    }

    static Enrolled enrol() throws Exception {
        People.Person person = People.confirmedQuickly();
        String access = People.accessToken(person);
        int seen = codes(person.email()).size();
        json().auth().oauth2(access).post("/api/2fa/email/setup").then().statusCode(202)
                .body("data.method", equalTo("email")).body("data.sentTo", equalTo(person.email()));
        String code = mailedCode(person.email(), seen);
        assertError(json().auth().oauth2(access).body(Map.of("code", wrong(code))).post("/api/2fa/email/verify-setup"),
                400, "INVALID_VERIFICATION_CODE");
        Response on = json().auth().oauth2(access).body(Map.of("code", code)).post("/api/2fa/email/verify-setup");
        on.then().statusCode(200).body("data.method", equalTo("email")).body("data.backupCodes", hasSize(10));
        return new Enrolled(person, access, on.path("data.backupCodes"));
    }

    static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    static String challenge(People.Person person, String... methods) {
        Response login = People.login(person.email(), person.password());
        login.then().statusCode(200).body("data.mfaRequired", equalTo(true)).body("data.methods", contains((Object[]) methods));
        return login.path("data.mfaToken");
    }

    static Response sendCode(String mfaToken, String method) {
        return json().body(Map.of("mfaToken", mfaToken, "method", method)).post("/api/2fa/send-code");
    }

    static Response verify(String mfaToken, String code) {
        return json().body(Map.of("mfaToken", mfaToken, "code", code)).post("/api/2fa/verify");
    }

    @Test
    void signInWithAMailedCodeThatWorksOnce() throws Exception {
        Enrolled enrolled = enrol();
        String email = enrolled.person().email();
        given().auth().oauth2(enrolled.access()).get("/api/2fa").then().statusCode(200)
                .body("data.methods", contains("email")).body("data.backupCodesLeft", equalTo(10)).body("data.phoneNumber", nullValue());
        String mfaToken = challenge(enrolled.person(), "email", "backup_code");
        int seen = codes(email).size();
        sendCode(mfaToken, "email").then().statusCode(202).body("data.sentTo", equalTo(email)).body("data.expiresAt", not(emptyOrNullString()));
        String code = mailedCode(email, seen);
        verify(mfaToken, code).then().statusCode(200).body("data.accessToken", not(emptyOrNullString()));
        // used: neither this challenge nor a new one takes it again
        String next = challenge(enrolled.person(), "email", "backup_code");
        assertError(verify(next, code), 400, "INVALID_VERIFICATION_CODE");
        // a method that is not on
        assertError(sendCode(next, "sms"), 400, "NO_MFA_METHOD");
        assertError(json().body(Map.of("mfaToken", next, "code", code, "method", "totp")).post("/api/2fa/verify"), 400, "NO_MFA_METHOD");
        assertError(sendCode("not-a-token", "email"), 401, "TOKEN_INVALID");
        assertError(sendCode(next, "pigeon"), 422, "VALIDATION_ERROR");
    }

    @Test
    void aNewCodeReplacesTheLastAndCodesExpireAndBelongToTheirSignIn() throws Exception {
        Enrolled enrolled = enrol();
        String email = enrolled.person().email();
        String mfaToken = challenge(enrolled.person(), "email", "backup_code");
        int seen = codes(email).size();
        sendCode(mfaToken, "email").then().statusCode(202);
        String first = mailedCode(email, seen);
        sendCode(mfaToken, "email").then().statusCode(202);
        String second = mailedCode(email, seen + 1);
        if (!first.equals(second)) {
            assertError(verify(mfaToken, first), 400, "INVALID_VERIFICATION_CODE");
        }
        // another sign-in's code does not answer this one
        String other = challenge(enrolled.person(), "email", "backup_code");
        assertError(verify(other, second), 400, "INVALID_VERIFICATION_CODE");
        // expired: five minutes (mfa.code-ttl) have passed
        Db.update("update code_factor set code_expires_at = now() - interval '1 second' where account_id = ?",
                java.util.UUID.fromString(enrolled.person().id()));
        assertError(verify(mfaToken, second), 400, "INVALID_VERIFICATION_CODE");
        sendCode(other, "email").then().statusCode(202);
        verify(other, mailedCode(email, seen + 2)).then().statusCode(200);
    }

    @Test
    void turningOffNeedsACodeOfTheFactorAndTakesTheBackupCodesWithIt() throws Exception {
        Enrolled enrolled = enrol();
        String email = enrolled.person().email();
        // a sign-in in between: turning off ends the other sessions, the caller's stays
        String access = verifyTokens(enrolled);
        assertError(json().auth().oauth2(access).body(Map.of("code", "000000")).delete("/api/2fa/email"), 400, "INVALID_VERIFICATION_CODE");
        int seen = codes(email).size();
        json().auth().oauth2(access).post("/api/2fa/email/send-code").then().statusCode(202);
        json().auth().oauth2(access).body(Map.of("code", mailedCode(email, seen))).delete("/api/2fa/email").then().statusCode(204);
        given().auth().oauth2(access).get("/api/2fa").then().statusCode(200)
                .body("data.methods", hasSize(0)).body("data.backupCodesLeft", equalTo(0));
        People.login(email, enrolled.person().password()).then().statusCode(200).body("data.accessToken", not(emptyOrNullString()));
        assertError(json().auth().oauth2(access).body(Map.of("code", "123456")).delete("/api/2fa/email"), 400, "NO_MFA_METHOD");
    }

    private static String verifyTokens(Enrolled enrolled) throws Exception {
        String mfaToken = challenge(enrolled.person(), "email", "backup_code");
        return verify(mfaToken, enrolled.backupCodes().get(0)).then().statusCode(200).extract().path("data.accessToken");
    }

    /**
     * Twenty send-code requests at once on one mfaToken: the per-account limit (10 an hour) lets exactly
     * ten through, each mails a code, and the one code kept is one of those mailed (the last to commit),
     * which signs in.
     */
    @Test
    void twentyParallelSendsOnOneMfaToken() throws Exception {
        Enrolled enrolled = enrol();
        String email = enrolled.person().email();
        String mfaToken = challenge(enrolled.person(), "email", "backup_code");
        int seen = codes(email).size();
        List<Integer> statuses = Api.concurrently(20, () -> sendCode(mfaToken, "email").statusCode());
        assertEquals(10, statuses.stream().filter(s -> s == 202).count(), "accepted: " + statuses);
        assertEquals(10, statuses.stream().filter(s -> s == 429).count(), "limited: " + statuses);
        Instant deadline = Instant.now().plusSeconds(30);
        while (codes(email).size() < seen + 10 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        Thread.sleep(500);
        List<String> mailed = codes(email);
        assertEquals(seen + 10, mailed.size(), "one mail per accepted send");
        java.util.UUID account = java.util.UUID.fromString(enrolled.person().id());
        String salt = (String) Db.value("select code_salt from code_factor where account_id = ? and method = 'email'", account);
        String hash = (String) Db.value("select code_hash from code_factor where account_id = ? and method = 'email'", account);
        List<String> kept = mailed.subList(mailed.size() - 10, mailed.size()).stream().filter(code -> sha256(salt + ":" + code).equals(hash)).toList();
        assertEquals(1, kept.stream().distinct().count(), "exactly one of the ten mailed codes is the kept one");
        verify(mfaToken, kept.get(0)).then().statusCode(200);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
