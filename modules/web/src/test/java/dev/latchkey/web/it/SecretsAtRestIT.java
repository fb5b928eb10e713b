package dev.latchkey.web.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.latchkey.web.it.Api.assertError;
import static dev.latchkey.web.it.Api.given;
import static dev.latchkey.web.it.Api.json;
import static dev.latchkey.web.it.TwoFactorIT.step;
import static dev.latchkey.web.it.TwoFactorIT.totp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a read-only copy of the database shows after the flows: no secret a client was handed. */
class SecretsAtRestIT {

    /** Every row of the table as text, the way a dump would show it (bytea as UTF-8 where it decodes). */
    static String dump(String table) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection c = DriverManager.getConnection(Db.URL, "latchkey", "latchkey");
             ResultSet rows = c.createStatement().executeQuery("select * from " + table)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    Object value = rows.getObject(i);
                    all.append(value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : value).append('|');
                }
                all.append('\n');
            }
        }
        return all.toString();
    }

    static void assertNotIn(String table, String secret) throws Exception {
        assertFalse(dump(table).contains(secret), "table " + table + " holds a secret a client was handed");
    }

    @Test
    void totpSecretsAreSealed() throws Exception {
        TwoFactorIT.Enrolled enrolled = TwoFactorIT.enrol();
        Response rotation = json().auth().oauth2(enrolled.access()).body(Map.of("code", enrolled.backupCodes().get(0)))
                .post("/api/2fa/totp/setup");
        String pending = rotation.path("data.secret");
        for (String secret : List.of(enrolled.secret(), pending)) {
            assertNotIn("totp_factor", secret);
        }
        String stored = (String) Db.value("select secret from totp_factor where account_id = ?", UUID.fromString(enrolled.person().id()));
        assertTrue(stored.startsWith("gcm1."), "sealed: " + stored.substring(0, 5));
        for (String code : enrolled.backupCodes()) {
            assertNotIn("backup_code", code);
        }
    }

    @Test
    void idempotentAnswersKeepNoReadableSecretAndStillReplay() throws Exception {
        People.Person person = People.confirmedQuickly();
        String key = "login-" + UUID.randomUUID();
        Response first = json().header("Idempotency-Key", key).body(person.credentials()).post("/api/auth/login");
        first.then().statusCode(200);
        Response again = json().header("Idempotency-Key", key).body(person.credentials()).post("/api/auth/login");
        again.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertEquals(first.<String>path("data.accessToken"), again.path("data.accessToken"));

        String access = first.path("data.accessToken");
        String setupKey = "setup-" + UUID.randomUUID();
        String secret = json().auth().oauth2(access).header("Idempotency-Key", setupKey).post("/api/2fa/totp/setup").path("data.secret");
        List<String> backups = json().auth().oauth2(access).header("Idempotency-Key", "verify-" + UUID.randomUUID())
                .body(Map.of("code", totp(secret, step()))).post("/api/2fa/totp/verify-setup").path("data.backupCodes");

        String table = dump("idempotency_record");
        for (String secretHandedOut : List.of(access, first.<String>path("data.refreshToken"), secret, backups.get(0), key, setupKey)) {
            assertFalse(table.contains(secretHandedOut), "idempotency_record holds a token, secret, code or raw key");
        }
    }

    /** A repeat of a refresh under its Idempotency-Key is a reuse of the refresh token, not a replay of its answer. */
    @Test
    void aRefreshIsNeverReplayedFromItsIdempotencyKey() throws Exception {
        People.Person person = People.confirmedQuickly();
        String refresh = People.login(person.email(), person.password()).path("data.refreshToken");
        String key = "refresh-" + UUID.randomUUID();
        Response rotated = json().header("Idempotency-Key", key).body(Map.of("refreshToken", refresh)).post("/api/auth/refresh");
        rotated.then().statusCode(200);
        Thread.sleep(2_500);
        Response repeat = json().header("Idempotency-Key", key).body(Map.of("refreshToken", refresh)).post("/api/auth/refresh");
        assertError(repeat, 401, "REFRESH_TOKEN_REVOKED");
        assertEquals(null, repeat.header("Idempotent-Replayed"));
        assertError(given().auth().oauth2(rotated.<String>path("data.accessToken")).get("/api/auth/me"), 401, "SESSION_INVALID");
    }

    @Test
    void sentMailKeepsNoLink() throws Exception {
        People.Person person = People.registered();
        String token = Mailbox.tokenFor(person.email());
        long deadline = System.currentTimeMillis() + 10_000;
        while (Db.value("select sent_at from mail_outbox where recipient = ?", person.email()) == null
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertEquals("", Db.value("select body from mail_outbox where recipient = ?", person.email()));
        assertNotIn("mail_outbox", token);
    }
}
