package dev.latchkey.web.it;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static dev.latchkey.web.it.Api.json;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Expired rows are deleted by the schedule (HOUSEKEEPING_INTERVAL=PT3S under {@code ./latchkey test}),
 * and rows still live are not. Rows are aged in the database, since nobody waits a day in a test.
 */
class HousekeepingIT {

    static long count(String sql, Object... parameters) throws Exception {
        return ((Number) Db.value(sql, parameters)).longValue();
    }

    static void awaitCount(long expected, String sql, Object... parameters) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        long actual = count(sql, parameters);
        while (actual != expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            actual = count(sql, parameters);
        }
        assertEquals(expected, actual, sql);
    }

    @Test
    void expiredChallengesTokensAndIdempotencyRecordsGoAndLiveOnesStay() throws Exception {
        People.Person person = People.confirmedQuickly();
        String access = People.accessToken(person);
        String device = DevicesIT.register(access, "Phone", DevicesIT.spki(DevicesIT.key("secp256r1")))
                .then().statusCode(201).extract().path("data.id");
        String stale = json().post("/api/devices/" + device + "/challenge").path("data.nonce");
        String live = json().post("/api/devices/" + device + "/challenge").path("data.nonce");
        // a nonce is written down when it is spent (a failed proof spends it too)
        for (String nonce : new String[]{stale, live}) {
            json().body(Map.of("nonce", nonce, "timestamp", System.currentTimeMillis(), "signature", "AAAA"))
                    .post("/api/devices/" + device + "/verify").then().statusCode(401).body("error.code", equalTo("AUTH_SIGNATURE_INVALID"));
        }
        assertEquals(1, Db.update("update device_challenge set expires_at = now() - interval '2 days' where nonce = ?", stale));

        People.Person unconfirmed = People.registered();
        assertEquals(1, Db.update("update account_token set expires_at = now() - interval '2 days' where account_id = ?",
                UUID.fromString(unconfirmed.id())));

        String oldKey = "housekeeping-" + UUID.randomUUID();
        String newKey = "housekeeping-" + UUID.randomUUID();
        for (String key : new String[]{oldKey, newKey}) {
            json().header("Idempotency-Key", key).post("/api/devices/" + device + "/challenge").then().statusCode(200);
        }
        // keys are stored as their SHA-256
        assertEquals(1, Db.update("update idempotency_record set created_at = now() - interval '25 hours' "
                + "where idempotency_key = encode(sha256(convert_to(?, 'UTF8')), 'hex')", oldKey));

        awaitCount(0, "select count(*) from device_challenge where nonce = ?", stale);
        awaitCount(0, "select count(*) from account_token where account_id = ?", UUID.fromString(unconfirmed.id()));
        awaitCount(0, "select count(*) from idempotency_record where idempotency_key = encode(sha256(convert_to(?, 'UTF8')), 'hex')", oldKey);
        assertEquals(1, count("select count(*) from device_challenge where nonce = ?", live));
        assertEquals(1, count("select count(*) from idempotency_record where idempotency_key = encode(sha256(convert_to(?, 'UTF8')), 'hex')", newKey));
        assertNotNull(Db.value("select id from device where id = ?", UUID.fromString(device)));
    }
}
