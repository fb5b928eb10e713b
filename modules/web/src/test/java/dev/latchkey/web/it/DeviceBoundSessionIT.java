package dev.latchkey.web.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.util.Base64;
import java.util.Map;

import static dev.latchkey.web.it.Api.assertError;
import static dev.latchkey.web.it.Api.given;
import static dev.latchkey.web.it.Api.json;
import static org.hamcrest.Matchers.equalTo;

/** Login with a device proof binds the session to the device; revoking the device ends it. */
class DeviceBoundSessionIT {

    record Bound(People.Person person, String deviceId, KeyPair key, Response login) {
    }

    static Map<String, Object> proof(KeyPair key, String deviceId) throws Exception {
        String nonce = json().post("/api/devices/" + deviceId + "/challenge").path("data.nonce");
        long now = System.currentTimeMillis();
        String signature = Base64.getEncoder().encodeToString(DevicesIT.sign(key, deviceId + "." + nonce + "." + now));
        return Map.of("nonce", nonce, "timestamp", now, "signature", signature);
    }

    static Bound signInWithDevice() throws Exception {
        People.Person person = People.confirmedQuickly();
        String access = People.accessToken(person);
        KeyPair key = DevicesIT.key("secp256r1");
        String deviceId = DevicesIT.register(access, "Bound", DevicesIT.spki(key)).then().statusCode(201).extract().path("data.id");
        Response login = json().body(Map.of("login", person.email(), "password", person.password(), "deviceId", deviceId,
                "proof", proof(key, deviceId))).post("/api/auth/login");
        login.then().statusCode(200);
        return new Bound(person, deviceId, key, login);
    }

    @Test
    void aBoundSessionRefreshesOnlyFromItsDevice() throws Exception {
        Bound bound = signInWithDevice();
        String refresh = bound.login().path("data.refreshToken");
        assertError(json().body(Map.of("refreshToken", refresh)).post("/api/auth/refresh"), 403, "DEVICE_MISMATCH");
        assertError(json().header("X-Device-Id", java.util.UUID.randomUUID().toString()).body(Map.of("refreshToken", refresh))
                .post("/api/auth/refresh"), 403, "DEVICE_MISMATCH");
        json().header("X-Device-Id", bound.deviceId()).body(Map.of("refreshToken", refresh)).post("/api/auth/refresh")
                .then().statusCode(200);
    }

    @Test
    void revokingTheDeviceEndsItsSessionsAtOnce() throws Exception {
        Bound bound = signInWithDevice();
        String access = bound.login().path("data.accessToken");
        given().auth().oauth2(access).get("/api/auth/me").then().statusCode(200);
        String other = People.accessToken(bound.person());
        given().auth().oauth2(other).delete("/api/devices/" + bound.deviceId()).then().statusCode(204);
        assertError(given().auth().oauth2(access).get("/api/auth/me"), 401, "SESSION_INVALID");
        given().auth().oauth2(other).get("/api/auth/me").then().statusCode(200);
    }

    @Test
    void theProofMustBeValidAndTheDeviceTheAccountsOwn() throws Exception {
        Bound bound = signInWithDevice();
        People.Person stranger = People.confirmedQuickly();
        assertError(json().body(Map.of("login", stranger.email(), "password", stranger.password(), "deviceId", bound.deviceId(),
                "proof", proof(bound.key(), bound.deviceId()))).post("/api/auth/login"), 401, "AUTH_DEVICE_NOT_REGISTERED")
                .then().body("error.details.device_id", equalTo(bound.deviceId()));
        Map<String, Object> replayed = proof(bound.key(), bound.deviceId());
        json().body(Map.of("login", bound.person().email(), "password", bound.person().password(), "deviceId", bound.deviceId(),
                "proof", replayed)).post("/api/auth/login").then().statusCode(200);
        assertError(json().body(Map.of("login", bound.person().email(), "password", bound.person().password(), "deviceId", bound.deviceId(),
                "proof", replayed)).post("/api/auth/login"), 401, "AUTH_SIGNATURE_INVALID");
        assertError(json().body(Map.of("login", bound.person().email(), "password", bound.person().password(), "deviceId", bound.deviceId()))
                .post("/api/auth/login"), 422, "VALIDATION_ERROR");
    }

    @Test
    void withTwoFactorOnTheSecondStepOpensTheSessionBoundToTheProvenDevice() throws Exception {
        TwoFactorIT.Enrolled enrolled = TwoFactorIT.enrol();
        People.Person person = enrolled.person();
        KeyPair key = DevicesIT.key("secp256r1");
        String deviceId = DevicesIT.register(enrolled.access(), "Bound", DevicesIT.spki(key)).then().statusCode(201).extract().path("data.id");
        Response first = json().body(Map.of("login", person.email(), "password", person.password(), "deviceId", deviceId,
                "proof", proof(key, deviceId))).post("/api/auth/login");
        first.then().statusCode(200).body("data.mfaRequired", equalTo(true));
        Response second = TwoFactorIT.verify(first.path("data.mfaToken"), enrolled.backupCodes().get(0));
        second.then().statusCode(200);
        String refresh = second.path("data.refreshToken");
        assertError(json().body(Map.of("refreshToken", refresh)).post("/api/auth/refresh"), 403, "DEVICE_MISMATCH");
        json().header("X-Device-Id", deviceId).body(Map.of("refreshToken", refresh)).post("/api/auth/refresh").then().statusCode(200);

        Response pending = json().body(Map.of("login", person.email(), "password", person.password(), "deviceId", deviceId,
                "proof", proof(key, deviceId))).post("/api/auth/login");
        given().auth().oauth2(enrolled.access()).delete("/api/devices/" + deviceId).then().statusCode(204);
        assertError(TwoFactorIT.verify(pending.path("data.mfaToken"), enrolled.backupCodes().get(1)), 403, "DEVICE_REVOKED");
    }
}
