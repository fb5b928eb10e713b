package dev.latchkey.web.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.latchkey.web.it.Api.assertError;
import static dev.latchkey.web.it.Api.given;
import static dev.latchkey.web.it.Api.json;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** devices.max-per-account = 5, devices.signature-max-age = 300 000 ms (the defaults). Keys are made here, fresh. */
class DevicesIT {

    static KeyPair key(String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }

    static String spki(KeyPair pair) {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    static Response register(String access, String name, String publicKey) {
        return json().auth().oauth2(access).body(Map.of("name", name, "publicKey", publicKey, "platform", "ios")).post("/api/devices");
    }

    static byte[] sign(KeyPair pair, String message) throws Exception {
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(pair.getPrivate());
        signature.update(message.getBytes(StandardCharsets.UTF_8));
        return signature.sign();
    }

    /** DER to the 64-byte r‖s that WebCrypto produces. */
    static byte[] raw(byte[] der) {
        int rLength = der[3];
        byte[] r = Arrays.copyOfRange(der, 4, 4 + rLength);
        byte[] s = Arrays.copyOfRange(der, 6 + rLength, der.length);
        byte[] out = new byte[64];
        byte[] rr = new BigInteger(1, r).toByteArray();
        byte[] ss = new BigInteger(1, s).toByteArray();
        rr = rr.length > 32 ? Arrays.copyOfRange(rr, rr.length - 32, rr.length) : rr;
        ss = ss.length > 32 ? Arrays.copyOfRange(ss, ss.length - 32, ss.length) : ss;
        System.arraycopy(rr, 0, out, 32 - rr.length, rr.length);
        System.arraycopy(ss, 0, out, 64 - ss.length, ss.length);
        return out;
    }

    static Response verify(String deviceId, String nonce, long timestamp, String signature) {
        return json().body(Map.of("nonce", nonce, "timestamp", timestamp, "signature", signature)).post("/api/devices/" + deviceId + "/verify");
    }

    @Test
    void registersAP256KeyAndRefusesEverythingElseOnPublicKey() throws Exception {
        String access = People.accessToken(People.confirmedQuickly());
        Response created = register(access, "Phone", spki(key("secp256r1")));
        created.then().statusCode(201)
                .body("status", equalTo("created"))
                .body("data.name", equalTo("Phone")).body("data.platform", equalTo("ios"))
                .body("data.state", equalTo("ACTIVE")).body("data.createdAt", matchesPattern(Api.TIMESTAMP))
                .body("data.lastUsedAt", nullValue());
        created.then().header("Location", endsWith("/api/devices/" + created.path("data.id"))).header("ETag", not(emptyOrNullString()));
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        for (String bad : List.of(spki(key("secp384r1")), Base64.getEncoder().encodeToString(rsa.generateKeyPair().getPublic().getEncoded()),
                "bm90IGEga2V5", "%%% not base64")) {
            assertError(register(access, "Bad", bad), 422, "VALIDATION_ERROR")
                    .then().body("error.details[0].field", equalTo("publicKey")).body("error.details[0].type", equalTo("format"));
        }
        assertError(json().auth().oauth2(access).body(Map.of("name", "No key")).post("/api/devices"), 422, "VALIDATION_ERROR")
                .then().body("error.details[0].field", equalTo("publicKey"));
        assertError(json().body(Map.of("name", "x", "publicKey", "y")).post("/api/devices"), 401, "AUTHENTICATION_REQUIRED");
    }

    @Test
    void theSameKeyTwiceIsAlreadyRegisteredButAnotherAccountMayUseIt() throws Exception {
        String access = People.accessToken(People.confirmedQuickly());
        String publicKey = spki(key("secp256r1"));
        String id = register(access, "Laptop", publicKey).then().statusCode(201).extract().path("data.id");
        assertError(register(access, "Laptop again", publicKey), 409, "DEVICE_ALREADY_REGISTERED")
                .then().body("error.details.device_id", equalTo(id))
                .body("error.details.registration_date", matchesPattern(Api.TIMESTAMP))
                .body("error.details", org.hamcrest.Matchers.hasKey("last_used")).body("error.details.last_used", nullValue())
                .body("error.details.action", not(emptyOrNullString()));
        register(People.accessToken(People.confirmedQuickly()), "Shared", publicKey).then().statusCode(201);
    }

    /** The compressed SubjectPublicKeyInfo of a P-256 key: 0x02 or 0x03 by the parity of y, then x. */
    static String compressedSpki(KeyPair pair) {
        java.security.interfaces.ECPublicKey key = (java.security.interfaces.ECPublicKey) pair.getPublic();
        byte[] x = key.getW().getAffineX().toByteArray();
        byte[] point = new byte[33];
        point[0] = (byte) (key.getW().getAffineY().testBit(0) ? 0x03 : 0x02);
        int length = Math.min(32, x.length);
        System.arraycopy(x, x.length - length, point, 33 - length, length);
        byte[] header = java.util.HexFormat.of().parseHex("3039301306072a8648ce3d020106082a8648ce3d030107032200");
        byte[] spki = new byte[header.length + point.length];
        System.arraycopy(header, 0, spki, 0, header.length);
        System.arraycopy(point, 0, spki, header.length, point.length);
        return Base64.getEncoder().encodeToString(spki);
    }

    @Test
    void oneKeyInEitherEncodingIsOneDevice() throws Exception {
        String access = People.accessToken(People.confirmedQuickly());
        KeyPair pair = key("secp256r1");
        String id = register(access, "Uncompressed", spki(pair)).then().statusCode(201).extract().path("data.id");
        assertError(register(access, "Compressed twin", compressedSpki(pair)), 409, "DEVICE_ALREADY_REGISTERED")
                .then().body("error.details.device_id", equalTo(id));
        KeyPair other = key("secp256r1");
        String compressedFirst = register(access, "Compressed", compressedSpki(other)).then().statusCode(201).extract().path("data.id");
        assertError(register(access, "Uncompressed twin", spki(other)), 409, "DEVICE_ALREADY_REGISTERED")
                .then().body("error.details.device_id", equalTo(compressedFirst));
    }

    @Test
    void theQuotaIsFiveActiveDevicesAndRevokedOnesDoNotCount() throws Exception {
        String access = People.accessToken(People.confirmedQuickly());
        String first = null;
        for (int i = 0; i < 5; i++) {
            String id = register(access, "Device " + i, spki(key("secp256r1"))).then().statusCode(201).extract().path("data.id");
            first = first == null ? id : first;
        }
        Response sixth = register(access, "Sixth", spki(key("secp256r1")));
        assertError(sixth, 429, "DEVICE_QUOTA_EXCEEDED")
                .then().body("error.details.current_devices", equalTo(5)).body("error.details.max_devices", equalTo(5))
                .body("error.details.plan", equalTo("basic"));
        assertNull(sixth.header("Retry-After"), "the quota carries no Retry-After");
        given().auth().oauth2(access).delete("/api/devices/" + first).then().statusCode(204);
        register(access, "Sixth", spki(key("secp256r1"))).then().statusCode(201);
        given().auth().oauth2(access).get("/api/devices").then().statusCode(200).body("data", hasSize(6)).body("meta.total", equalTo(6));
    }

    @RepeatedTest(5)
    void thirtyParallelRegistrationsLeaveExactlyTheQuota() throws Exception {
        People.Person person = People.confirmedQuickly();
        String access = People.accessToken(person);
        List<String> keys = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            keys.add(spki(key("secp256r1")));
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Response> responses = Api.concurrently(30, () -> register(access, "Parallel", keys.get(next.getAndIncrement())));
        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        assertEquals(5, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 429 || s == 409), statuses.toString());
        responses.stream().filter(r -> r.statusCode() != 201)
                .forEach(r -> assertError(r, r.statusCode(), r.statusCode() == 429 ? "DEVICE_QUOTA_EXCEEDED" : "CONCURRENCY_CONFLICT"));
        assertEquals(5L, ((Number) Db.value("select count(*) from device where account_id = ? and state = 'ACTIVE'",
                UUID.fromString(person.id()))).longValue());
    }

    @Test
    void readRenameRevokeWithEtagsAndOtherAccountsSeeNothing() throws Exception {
        String access = People.accessToken(People.confirmedQuickly());
        String other = People.accessToken(People.confirmedQuickly());
        String id = register(access, "Tablet", spki(key("secp256r1"))).then().statusCode(201).extract().path("data.id");
        Response read = given().auth().oauth2(access).get("/api/devices/" + id);
        String etag = read.header("ETag");
        given().auth().oauth2(access).header("If-None-Match", etag).get("/api/devices/" + id).then().statusCode(304);
        Response renamed = json().auth().oauth2(access).header("If-Match", etag).body(Map.of("name", "Kitchen tablet")).patch("/api/devices/" + id);
        renamed.then().statusCode(200).body("data.name", equalTo("Kitchen tablet"));
        assertError(json().auth().oauth2(access).header("If-Match", etag).body(Map.of("name", "Stale")).patch("/api/devices/" + id),
                412, "PRECONDITION_FAILED").then().body("error.details.current_etag", equalTo(renamed.header("ETag")));
        for (Response r : List.of(given().auth().oauth2(other).get("/api/devices/" + id),
                json().auth().oauth2(other).body(Map.of("name", "Mine")).patch("/api/devices/" + id),
                given().auth().oauth2(other).delete("/api/devices/" + id),
                given().auth().oauth2(access).get("/api/devices/" + UUID.randomUUID()))) {
            assertError(r, 404, "DEVICE_NOT_FOUND");
        }
        given().auth().oauth2(access).delete("/api/devices/" + id).then().statusCode(204);
        given().auth().oauth2(access).get("/api/devices/" + id).then().statusCode(200)
                .body("data.state", equalTo("REVOKED")).body("data.revokedAt", matchesPattern(Api.TIMESTAMP))
                .body("data.revocationReason", not(emptyOrNullString()));
        assertError(json().auth().oauth2(access).body(Map.of("name", "Again")).patch("/api/devices/" + id), 409, "DEVICE_INVALID_STATE")
                .then().body("error.details.device_id", equalTo(id)).body("error.details.state", equalTo("REVOKED"));
    }

    @Test
    void aSignedChallengeVerifiesOnceInEitherEncoding() throws Exception {
        String access = People.accessToken(People.confirmedQuickly());
        KeyPair pair = key("secp256r1");
        String id = register(access, "Signer", spki(pair)).then().statusCode(201).extract().path("data.id");
        for (boolean der : new boolean[]{true, false}) {
            Response challenge = json().auth().oauth2(access).post("/api/devices/" + id + "/challenge");
            challenge.then().statusCode(200).body("data.nonce", not(emptyOrNullString())).body("data.expiresAt", matchesPattern(Api.TIMESTAMP));
            String nonce = challenge.path("data.nonce");
            long now = System.currentTimeMillis();
            byte[] signature = sign(pair, id + "." + nonce + "." + now);
            String encoded = Base64.getEncoder().encodeToString(der ? signature : raw(signature));
            verify(id, nonce, now, encoded).then().statusCode(200).body("data.verified", equalTo(true)).body("data.deviceId", equalTo(id));
            assertError(verify(id, nonce, now, encoded), 401, "AUTH_SIGNATURE_INVALID")
                    .then().body("error.details.failure_reason", equalTo("unknown_or_used_nonce"));
        }
        given().auth().oauth2(access).get("/api/devices/" + id).then().body("data.lastUsedAt", matchesPattern(Api.TIMESTAMP));
    }

    @Test
    void aNonceIsGoodOnlyForTheDeviceItWasMadeForAndOnlyAsIssued() throws Exception {
        String access = People.accessToken(People.confirmedQuickly());
        KeyPair pair = key("secp256r1");
        String id = register(access, "Signer", spki(pair)).then().statusCode(201).extract().path("data.id");
        String other = register(access, "Other", spki(key("secp256r1"))).then().statusCode(201).extract().path("data.id");
        String othersNonce = json().post("/api/devices/" + other + "/challenge").path("data.nonce");
        String nonce = json().post("/api/devices/" + id + "/challenge").path("data.nonce");
        char last = nonce.charAt(nonce.length() - 1);
        String altered = nonce.substring(0, nonce.length() - 1) + (last == 'A' ? 'B' : 'A');
        long now = System.currentTimeMillis();
        for (String wrong : new String[]{othersNonce, altered}) {
            String signed = Base64.getEncoder().encodeToString(sign(pair, id + "." + wrong + "." + now));
            assertError(verify(id, wrong, now, signed), 401, "AUTH_SIGNATURE_INVALID")
                    .then().body("error.details.failure_reason", equalTo("unknown_or_used_nonce"));
        }
        verify(id, nonce, now, Base64.getEncoder().encodeToString(sign(pair, id + "." + nonce + "." + now))).then().statusCode(200);
    }

    @Test
    void wrongSignaturesOldTimestampsUnknownAndRevokedDevicesAreRefused() throws Exception {
        String access = People.accessToken(People.confirmedQuickly());
        KeyPair pair = key("secp256r1");
        String id = register(access, "Signer", spki(pair)).then().statusCode(201).extract().path("data.id");
        String nonce = json().post("/api/devices/" + id + "/challenge").path("data.nonce");
        long now = System.currentTimeMillis();
        String byOtherKey = Base64.getEncoder().encodeToString(sign(key("secp256r1"), id + "." + nonce + "." + now));
        assertError(verify(id, nonce, now, byOtherKey), 401, "AUTH_SIGNATURE_INVALID")
                .then().body("error.details.signature_type", not(emptyOrNullString()))
                .body("error.details.verification_method", not(emptyOrNullString()))
                .body("error.details.failure_reason", equalTo("signature_mismatch"))
                .body("error.details.retryable", equalTo(true));

        String fresh = json().post("/api/devices/" + id + "/challenge").path("data.nonce");
        long old = now - 301_000;
        assertError(verify(id, fresh, old, Base64.getEncoder().encodeToString(sign(pair, id + "." + fresh + "." + old))),
                401, "AUTH_SIGNATURE_EXPIRED")
                .then().body("error.details.max_age", equalTo(300000))
                .body("error.details.timestamp", equalTo(java.time.Instant.ofEpochMilli(old).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()))
                .body("error.details.signature_age", org.hamcrest.Matchers.greaterThanOrEqualTo(301000))
                .body("error.details.retryable", equalTo(true));

        String unknown = UUID.randomUUID().toString();
        assertError(json().post("/api/devices/" + unknown + "/challenge"), 401, "AUTH_DEVICE_NOT_REGISTERED")
                .then().body("error.details.device_id", equalTo(unknown)).body("error.details.registration_required", equalTo(true))
                .body("error.details.registration_url", equalTo("/api/devices"));
        assertError(json().auth().oauth2(People.accessToken(People.confirmedQuickly())).post("/api/devices/" + id + "/challenge"),
                404, "DEVICE_NOT_FOUND");
        assertError(verify(id, "x", now, "AAAA"), 401, "AUTH_SIGNATURE_INVALID");
        assertError(json().body(Map.of("nonce", "x", "timestamp", "yesterday", "signature", "AAAA")).post("/api/devices/" + id + "/verify"),
                400, "INVALID_REQUEST").then().body("error.details.field", equalTo("timestamp"));
        assertError(json().body(Map.of("nonce", "x")).post("/api/devices/" + id + "/verify"), 422, "VALIDATION_ERROR");

        given().auth().oauth2(access).delete("/api/devices/" + id).then().statusCode(204);
        assertError(json().auth().oauth2(access).post("/api/devices/" + id + "/challenge"), 403, "DEVICE_REVOKED")
                .then().body("error.details.device_id", equalTo(id)).body("error.details.revocation_date", matchesPattern(Api.TIMESTAMP))
                .body("error.details.revocation_reason", not(emptyOrNullString())).body("error.details.action", not(emptyOrNullString()));
        // to anyone but the owner, when and why it was revoked stays unsaid (the keys are there, null)
        for (Response anonymous : List.of(json().post("/api/devices/" + id + "/challenge"), verify(id, "x", now, "AAAA"))) {
            assertError(anonymous, 403, "DEVICE_REVOKED")
                    .then().body("error.details.device_id", equalTo(id))
                    .body("error.details", org.hamcrest.Matchers.hasKey("revocation_date")).body("error.details.revocation_date", nullValue())
                    .body("error.details", org.hamcrest.Matchers.hasKey("revocation_reason")).body("error.details.revocation_reason", nullValue());
        }
    }
}
