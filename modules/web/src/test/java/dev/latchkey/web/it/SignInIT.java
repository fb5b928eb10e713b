package dev.latchkey.web.it;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import static dev.latchkey.web.it.Api.assertError;
import static dev.latchkey.web.it.Api.given;
import static dev.latchkey.web.it.Api.json;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInIT {

    @Test
    void theWholeRoundTripFromRegistrationMailToSignOut() throws Exception {
        People.Person person = People.registered();
        MimeMessage mail = Mailbox.await(person.email(), Duration.ofSeconds(30));
        assertEquals("Confirm your email address", mail.getSubject());
        String token = Mailbox.token(mail);

        assertError(People.login(person.username(), person.password()), 401, "EMAIL_NOT_CONFIRMED")
                .then().body("error.details.action", not(emptyOrNullString()));

        json().body(Map.of("token", token)).post("/api/accounts/confirm").then().statusCode(200)
                .body("data.emailConfirmed", equalTo(true)).body("data.id", equalTo(person.id()));
        assertError(json().body(Map.of("token", token)).post("/api/accounts/confirm"), 401, "INVALID_CONFIRMATION_TOKEN");

        Response login = People.login(person.username().toUpperCase(), person.password());
        login.then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("status", equalTo("success"))
                .body("data.accessToken", not(emptyOrNullString()))
                .body("data.refreshToken", matchesPattern("[A-Za-z0-9_-]{43}"))
                .body("data.tokenType", equalTo("Bearer"))
                .body("data.expiresIn", equalTo(900))
                .body("data.sessionId", matchesPattern("[0-9a-f-]{36}"))
                .body("data.sessionExpiresAt", matchesPattern(Api.TIMESTAMP));
        String access = login.path("data.accessToken");

        given().auth().oauth2(access).get("/api/auth/me").then().statusCode(200)
                .body("data.id", equalTo(person.id()))
                .body("data.email", equalTo(person.email()))
                .body("data.permissions", contains("read", "write"))
                .body("data.status", equalTo("ACTIVE"));

        given().auth().oauth2(access).post("/api/auth/logout").then().statusCode(204).body(equalTo(""));
        assertError(given().auth().oauth2(access).get("/api/auth/me"), 401, "SESSION_INVALID")
                .then().body("error.details.session_id", equalTo(login.path("data.sessionId")))
                .body("error.details.validation_failure", not(emptyOrNullString()))
                .body("error.details.action", not(emptyOrNullString()));
    }

    @Test
    void signInByEmailInAnyCase() throws Exception {
        People.Person person = People.confirmedQuickly();
        People.login(person.email().toUpperCase(), person.password()).then().statusCode(200);
    }

    @Test
    void confirmationTokensThatAreUnknownOrTooOldAreRefused() throws Exception {
        assertError(json().body(Map.of("token", "no-such-token")).post("/api/accounts/confirm"), 401, "INVALID_CONFIRMATION_TOKEN");
        People.Person person = People.registered();
        String token = Mailbox.tokenFor(person.email());
        Db.update("update account_token set expires_at = now() - interval '1 minute' where account_id = ?", UUID.fromString(person.id()));
        assertError(json().body(Map.of("token", token)).post("/api/accounts/confirm"), 401, "CONFIRMATION_TOKEN_EXPIRED");
        assertError(json().body("{}").post("/api/accounts/confirm"), 401, "INVALID_CONFIRMATION_TOKEN");
    }

    @Test
    void theAccountStateIsToldOnlyAfterTheRightPassword() throws Exception {
        for (String status : new String[]{"PENDING", "DECLINED", "DEACTIVATED"}) {
            People.Person person = People.confirmedQuickly();
            Db.update("update account set status = ? where id = ?", status, UUID.fromString(person.id()));
            assertError(People.login(person.email(), "not the password"), 401, "AUTH_INVALID_CREDENTIALS");
            assertError(People.login(person.email(), person.password()), 403, "ACCOUNT_" + status)
                    .then().body("error.details.account_status", equalTo(status));
        }
    }

    @Test
    void missingCredentialsAreAValidationError() {
        assertError(json().body(Map.of("login", "")).post("/api/auth/login"), 422, "VALIDATION_ERROR")
                .then().body("error.details.field", hasItem("login")).body("error.details.field", hasItem("password"));
        assertError(json().post("/api/auth/login"), 400, "INVALID_REQUEST");
    }

    @Test
    void protectedRoutesNeedABearerToken() {
        Response response = given().get("/api/auth/me");
        assertError(response, 401, "AUTHENTICATION_REQUIRED").then().header("WWW-Authenticate", "Bearer")
                .body("error.details.required", not(emptyOrNullString()));
        assertError(given().header("Authorization", "Basic abc").get("/api/auth/me"), 401, "TOKEN_INVALID");
        assertError(given().auth().oauth2("not-a-jwt").get("/api/auth/me"), 401, "TOKEN_INVALID")
                .then().body("error.details.reason", equalTo("malformed"));
    }

    @Test
    void forgedAndUnsignedTokensAreInvalid() throws Exception {
        People.Person person = People.confirmedQuickly();
        String access = People.accessToken(person);
        String[] parts = access.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]);
        assertError(given().auth().oauth2(tampered).get("/api/auth/me"), 401, "TOKEN_INVALID")
                .then().body("error.details.reason", equalTo("signature_mismatch"));
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes()) + "." + parts[1] + ".";
        assertError(given().auth().oauth2(none).get("/api/auth/me"), 401, "TOKEN_INVALID");
        byte[] otherKey = new byte[32];
        new java.security.SecureRandom().nextBytes(otherKey);
        Instant now = Instant.now();
        assertError(given().auth().oauth2(sign(otherKey, keyId(access), person.id(), UUID.randomUUID().toString(), now, now.plusSeconds(60), null))
                .get("/api/auth/me"), 401, "TOKEN_INVALID").then().body("error.details.reason", equalTo("signature_mismatch"));
    }

    @Test
    void anExpiredAccessTokenIsTokenExpired() throws Exception {
        People.Person person = People.confirmedQuickly();
        Response login = People.login(person.email(), person.password());
        String kid = keyId(login.path("data.accessToken"));
        Instant past = Instant.now().minusSeconds(5);
        String expired = sign(signingKey(), kid, person.id(), login.path("data.sessionId"), past.minusSeconds(900), past, null);
        assertError(given().auth().oauth2(expired).get("/api/auth/me"), 401, "TOKEN_EXPIRED")
                .then().body("error.details.expired_at", matchesPattern(Api.TIMESTAMP));
        Instant now = Instant.now();
        String valid = sign(signingKey(), kid, person.id(), login.path("data.sessionId"), now, now.plusSeconds(60), null);
        given().auth().oauth2(valid).get("/api/auth/me").then().statusCode(200);
    }

    /** Even with the signing key, a token may not claim more life than tokens.access-ttl, nor start in the future. */
    @Test
    void tokensMintedWithTheKeyCannotOutliveThePolicy() throws Exception {
        People.Person person = People.confirmedQuickly();
        Response login = People.login(person.email(), person.password());
        String kid = keyId(login.path("data.accessToken"));
        String session = login.path("data.sessionId");
        Instant now = Instant.now();
        String tenYears = sign(signingKey(), kid, person.id(), session, now, now.plus(Duration.ofDays(3650)), null);
        assertError(given().auth().oauth2(tenYears).get("/api/auth/me"), 401, "TOKEN_INVALID")
                .then().body("error.details.reason", equalTo("lifetime_exceeds_policy"));
        String notYet = sign(signingKey(), kid, person.id(), session, now, now.plusSeconds(600), now.plusSeconds(300));
        assertError(given().auth().oauth2(notYet).get("/api/auth/me"), 401, "TOKEN_INVALID")
                .then().body("error.details.reason", equalTo("not_yet_valid"));
        String issuedLater = sign(signingKey(), kid, person.id(), session, now.plusSeconds(300), now.plusSeconds(600), null);
        assertError(given().auth().oauth2(issuedLater).get("/api/auth/me"), 401, "TOKEN_INVALID")
                .then().body("error.details.reason", equalTo("not_yet_valid"));
        String noKid = sign(signingKey(), null, person.id(), session, now, now.plusSeconds(60), null);
        assertError(given().auth().oauth2(noKid).get("/api/auth/me"), 401, "TOKEN_INVALID")
                .then().body("error.details.reason", equalTo("unknown_key"));
    }

    /** A copy of the database alone must not be enough to mint tokens: the key lives outside it. */
    @Test
    void theSigningKeyIsNotInTheDatabase() throws Exception {
        assertEquals(0, ((Number) Db.value("select count(*) from information_schema.tables where table_name = 'signing_key'")).intValue());
        String dump = String.valueOf(Db.value("select string_agg(t::text, '|') from (select * from information_schema.columns "
                + "where table_schema = 'public' and column_name in ('secret', 'signing_key')) t"));
        assertFalse(dump.contains("signing_key"), dump);
    }

    static byte[] signingKey() {
        String key = System.getProperty("latchkey.it.signing-key", "");
        org.junit.jupiter.api.Assumptions.assumeFalse(key.isBlank(), "the service's signing key is not known to this run");
        return Base64.getDecoder().decode(key);
    }

    static String keyId(String token) throws Exception {
        return SignedJWT.parse(token).getHeader().getKeyID();
    }

    @Test
    void aSessionPastItsMaxAgeIsExpired() throws Exception {
        People.Person person = People.confirmedQuickly();
        Response login = People.login(person.email(), person.password());
        Db.update("update session set expires_at = now() - interval '1 second' where id = ?", UUID.fromString(login.path("data.sessionId")));
        assertError(given().auth().oauth2(login.<String>path("data.accessToken")).get("/api/auth/me"), 401, "SESSION_EXPIRED")
                .then().body("error.details.session_id", equalTo(login.path("data.sessionId")))
                .body("error.details.max_age", equalTo(3600000))
                .body("error.details.expired_at", matchesPattern(Api.TIMESTAMP))
                .body("error.details.action", not(emptyOrNullString()));
    }

    @Test
    void theAdministratorIsCreatedFromTheEnvironment() {
        String access = People.login("admin", System.getProperty("latchkey.it.admin.password", "administrator password"))
                .then().statusCode(200).extract().path("data.accessToken");
        given().auth().oauth2(access).get("/api/auth/me").then().statusCode(200)
                .body("data.username", equalTo("admin"))
                .body("data.permissions", hasItem("admin"))
                .body("data.emailConfirmed", equalTo(true));
        given().auth().oauth2(access).post("/api/auth/logout").then().statusCode(204);
        try {
            assertEquals(1, ((Number) Db.value("select count(*) from account where username = 'admin'")).intValue());
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void meHasAnEtag() throws Exception {
        String access = People.accessToken(People.confirmedQuickly());
        Response me = given().auth().oauth2(access).get("/api/auth/me");
        given().auth().oauth2(access).header("If-None-Match", me.header("ETag")).get("/api/auth/me").then().statusCode(304);
        assertTrue(me.header("ETag").length() > 2);
    }

    static String sign(byte[] key, String kid, String accountId, String sessionId, Instant issued, Instant expiry, Instant notBefore)
            throws Exception {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(accountId).claim("sid", sessionId)
                .issueTime(Date.from(issued)).expirationTime(Date.from(expiry));
        if (notBefore != null) {
            claims.notBeforeTime(Date.from(notBefore));
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), claims.build());
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }
}
