package dev.latchkey.web.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static dev.latchkey.web.it.Api.assertError;
import static dev.latchkey.web.it.Api.given;
import static dev.latchkey.web.it.Api.json;
import static dev.latchkey.web.it.EmailCodesIT.challenge;
import static dev.latchkey.web.it.EmailCodesIT.sendCode;
import static dev.latchkey.web.it.EmailCodesIT.verify;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** SMS codes over a real HTTP server playing the gateway: accepting, failing, slow and down. */
class SmsCodesIT {

    static final String SECRET = System.getProperty("latchkey.it.sms.secret", "c2Vjb25kLXNlY3JldC1mb3ItdGVzdHM=");

    record Enrolled(People.Person person, String access, String phone) {
    }

    @BeforeAll
    static void gateway() throws Exception {
        FakeSmsGateway.mode(FakeSmsGateway.Mode.ACCEPT);
    }

    @AfterAll
    static void healthy() throws Exception {
        FakeSmsGateway.mode(FakeSmsGateway.Mode.ACCEPT);
    }

    /** A number of the US plan nobody else in the run uses. */
    static String newPhone() {
        return "+1415555" + String.format("%04d", (int) (Math.random() * 10_000));
    }

    static Enrolled enrol() throws Exception {
        People.Person person = People.confirmedQuickly();
        String access = People.accessToken(person);
        String phone = newPhone();
        int seen = FakeSmsGateway.count(phone);
        json().auth().oauth2(access).body(Map.of("phoneNumber", phone)).post("/api/2fa/sms/setup").then().statusCode(202)
                .body("data.method", equalTo("sms")).body("data.sentTo", equalTo("+1•••••" + phone.substring(phone.length() - 4)));
        FakeSmsGateway.Text text = FakeSmsGateway.next(phone, seen);
        assertEquals("Bearer " + FakeSmsGateway.TOKEN, text.authorization());
        json().auth().oauth2(access).body(Map.of("code", text.code())).post("/api/2fa/sms/verify-setup").then().statusCode(200)
                .body("data.method", equalTo("sms")).body("data.backupCodes", hasSize(10));
        return new Enrolled(person, access, phone);
    }

    @Test
    void signInWithATextedCodeAndTheNumberShownMasked() throws Exception {
        Enrolled enrolled = enrol();
        String masked = "+1•••••" + enrolled.phone().substring(enrolled.phone().length() - 4);
        given().auth().oauth2(enrolled.access()).get("/api/2fa").then().statusCode(200)
                .body("data.methods", contains("sms")).body("data.phoneNumber", equalTo(masked));
        String mfaToken = challenge(enrolled.person(), "sms", "backup_code");
        int seen = FakeSmsGateway.count(enrolled.phone());
        sendCode(mfaToken, "sms").then().statusCode(202).body("data.sentTo", equalTo(masked)).body("data.previousDelivery", nullValue());
        String code = FakeSmsGateway.next(enrolled.phone(), seen).code();
        json().body(Map.of("mfaToken", mfaToken, "code", code, "method", "sms")).post("/api/2fa/verify")
                .then().statusCode(200).body("data.accessToken", not(emptyOrNullString()));
        assertError(verify(challenge(enrolled.person(), "sms", "backup_code"), code), 400, "INVALID_VERIFICATION_CODE");
    }

    @Test
    void aPhoneNumberMustBeE164() throws Exception {
        String access = People.accessToken(People.confirmedQuickly());
        for (String bad : new String[]{"4155550123", "+1415", "+999123456789", "+1 415 555 0123", "phone"}) {
            assertError(json().auth().oauth2(access).body(Map.of("phoneNumber", bad)).post("/api/2fa/sms/setup"), 422, "VALIDATION_ERROR")
                    .then().body("error.details[0].field", equalTo("phoneNumber"));
        }
        assertError(json().auth().oauth2(access).body(Map.of("code", "123456")).post("/api/2fa/sms/verify-setup"), 400, "MFA_SETUP_NOT_INITIATED");
    }

    /**
     * One sequence, because the circuit counts the gateway's last four answers: a code is sent; then the
     * gateway fails (502), is slow (504), is down (502): none of those texts' codes is kept; the circuit
     * opens (503 with Retry-After, no call made); the first code still signs in; three seconds later
     * (the test nodes' circuit delay) a healthy gateway is called again.
     */
    @Test
    void aGatewayThatFailsIsSlowOrDownKeepsNoCodeAndOpensTheCircuit() throws Exception {
        Enrolled enrolled = enrol();
        String mfaToken = challenge(enrolled.person(), "sms", "backup_code");
        int seen = FakeSmsGateway.count(enrolled.phone());
        sendCode(mfaToken, "sms").then().statusCode(202);
        String kept = FakeSmsGateway.next(enrolled.phone(), seen).code();
        try {
            FakeSmsGateway.mode(FakeSmsGateway.Mode.FAIL);
            assertError(sendCode(mfaToken, "sms"), 502, "UPSTREAM_ERROR").then().body("error.details.upstream_service", equalTo("sms-gateway"));
            FakeSmsGateway.mode(FakeSmsGateway.Mode.SLOW);
            long started = System.nanoTime();
            assertError(sendCode(mfaToken, "sms"), 504, "NETWORK_TIMEOUT").then().body("error.details.timeout_duration", equalTo(2000));
            long tookMillis = (System.nanoTime() - started) / 1_000_000;
            org.junit.jupiter.api.Assertions.assertTrue(tookMillis < 3_500, "gave up at the gateway timeout, took " + tookMillis + " ms");
            FakeSmsGateway.stop();
            assertError(sendCode(mfaToken, "sms"), 502, "UPSTREAM_ERROR");
            FakeSmsGateway.mode(FakeSmsGateway.Mode.ACCEPT);
            int before = FakeSmsGateway.count(enrolled.phone());
            Response open = assertError(sendCode(mfaToken, "sms"), 503, "SERVICE_UNAVAILABLE");
            assertEquals(String.valueOf((Object) open.path("error.details.retry_after")), open.header("Retry-After"));
            Thread.sleep(300);
            assertEquals(before, FakeSmsGateway.count(enrolled.phone()), "no call while the circuit is open");
            verify(mfaToken, kept).then().statusCode(200);
            // (this account has spent its five texts an hour: rate-limit.2fa-send-sms; another one shows the gateway is called again)
            Thread.sleep(3_500);
            enrol();
        } finally {
            FakeSmsGateway.mode(FakeSmsGateway.Mode.ACCEPT);
        }
    }

    static Response report(String id, long timestamp, String body, String signature) {
        return given().contentType("application/json").header("X-Webhook-Id", id).header("X-Webhook-Timestamp", String.valueOf(timestamp))
                .header("X-Webhook-Signature", signature).body(body).post("/api/webhooks/sms-status");
    }

    static String sign(long timestamp, String body) {
        return "sha256=" + WebhookConsumer.hmac(SECRET, timestamp + "." + body);
    }

    @Test
    void aFailedDeliveryReportIsToldByTheNextSendAndForgedOrStaleReportsChangeNothing() throws Exception {
        Enrolled enrolled = enrol();
        String mfaToken = challenge(enrolled.person(), "sms", "backup_code");
        int seen = FakeSmsGateway.count(enrolled.phone());
        sendCode(mfaToken, "sms").then().statusCode(202);
        String messageId = FakeSmsGateway.next(enrolled.phone(), seen).messageId();
        String body = "{\"messageId\":\"" + messageId + "\",\"status\":\"failed\"}";
        long now = Instant.now().getEpochSecond();
        // forged, unsigned, malformed, stale: 400 and nothing kept
        assertError(report("w-" + UUID.randomUUID(), now, body, sign(now, body.replace("failed", "delivered"))), 400, "WEBHOOK_SIGNATURE_INVALID")
                .then().body("error.details.header", equalTo("X-Webhook-Signature"));
        assertError(given().contentType("application/json").header("X-Webhook-Id", "w-1").header("X-Webhook-Timestamp", String.valueOf(now))
                .body(body).post("/api/webhooks/sms-status"), 400, "WEBHOOK_SIGNATURE_INVALID");
        assertError(report("w-" + UUID.randomUUID(), now, body, "sha256=zz"), 400, "WEBHOOK_SIGNATURE_INVALID");
        long stale = now - 301;
        assertError(report("w-" + UUID.randomUUID(), stale, body, sign(stale, body)), 400, "WEBHOOK_SIGNATURE_INVALID")
                .then().body("error.details.header", equalTo("X-Webhook-Timestamp"));
        assertEquals(null, Db.value("select delivery_status from code_factor where account_id = ? and method = 'sms'",
                UUID.fromString(enrolled.person().id())));
        // genuine: taken once; the same id again is a duplicate that changes nothing
        String id = "w-" + UUID.randomUUID();
        report(id, now, body, sign(now, body)).then().statusCode(200).body("data.duplicate", equalTo(false));
        String delivered = body.replace("failed", "delivered");
        report(id, now, delivered, sign(now, delivered)).then().statusCode(200).body("data.duplicate", equalTo(true));
        sendCode(mfaToken, "sms").then().statusCode(202)
                .body("data.previousDelivery.status", equalTo("failed")).body("data.previousDelivery.reportedAt", not(emptyOrNullString()));
    }

    /**
     * Twenty sends at once on one mfaToken: exactly five pass the per-account limit (rate-limit.2fa-send-sms),
     * the gateway gets exactly five texts, and the one code kept is one of them, which signs in.
     */
    @Test
    void twentyParallelSendsOnOneMfaToken() throws Exception {
        Enrolled enrolled = enrol();
        String mfaToken = challenge(enrolled.person(), "sms", "backup_code");
        int seen = FakeSmsGateway.count(enrolled.phone());
        java.util.List<Integer> statuses = Api.concurrently(20, () -> sendCode(mfaToken, "sms").statusCode());
        assertEquals(5, statuses.stream().filter(s -> s == 202).count(), "accepted: " + statuses);
        assertEquals(15, statuses.stream().filter(s -> s == 429).count(), "limited: " + statuses);
        assertEquals(seen + 5, FakeSmsGateway.count(enrolled.phone()), "one text per accepted send");
        UUID account = UUID.fromString(enrolled.person().id());
        String salt = (String) Db.value("select code_salt from code_factor where account_id = ? and method = 'sms'", account);
        String hash = (String) Db.value("select code_hash from code_factor where account_id = ? and method = 'sms'", account);
        java.util.List<String> kept = FakeSmsGateway.texts(enrolled.phone()).stream().skip(seen).map(FakeSmsGateway.Text::code)
                .filter(code -> EmailCodesIT.sha256(salt + ":" + code).equals(hash)).toList();
        assertEquals(1, kept.size(), "exactly one of the five texted codes is kept");
        verify(mfaToken, kept.get(0)).then().statusCode(200);
    }

    @Test
    void turningSmsOffNeedsAFreshTextedCode() throws Exception {
        Enrolled enrolled = enrol();
        int seen = FakeSmsGateway.count(enrolled.phone());
        json().auth().oauth2(enrolled.access()).post("/api/2fa/sms/send-code").then().statusCode(202);
        String code = FakeSmsGateway.next(enrolled.phone(), seen).code();
        json().auth().oauth2(enrolled.access()).body(Map.of("code", code)).delete("/api/2fa/sms").then().statusCode(204);
        given().auth().oauth2(enrolled.access()).get("/api/2fa").then().statusCode(200)
                .body("data.methods", hasSize(0)).body("data.phoneNumber", nullValue());
    }
}
