package dev.latchkey.web.it;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static dev.latchkey.web.it.Api.assertError;
import static dev.latchkey.web.it.Api.json;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Nodes keep the active devices they have checked proofs of in memory; a revocation on one node,
 * or in SQL, stops the device's proofs on the other at once. The second node has just checked a
 * proof of the device from memory before each revocation.
 */
class DevicesAcrossNodesIT {

    record Signer(String access, String deviceId, KeyPair pair) {
    }

    static Signer registered() throws Exception {
        String access = People.accessToken(People.confirmedQuickly());
        KeyPair pair = DevicesIT.key("secp256r1");
        String id = DevicesIT.register(access, "Phone", DevicesIT.spki(pair)).then().statusCode(201).extract().path("data.id");
        return new Signer(access, id, pair);
    }

    /** A challenge and its signed answer on the second node. */
    static Response proveOnSecondNode(Signer signer) throws Exception {
        RequestSpecification second = SecondNode.from(SecondNode.freshLoopback());
        Response challenge = second.contentType("application/json").body("{}").post("/api/devices/" + signer.deviceId() + "/challenge");
        if (challenge.statusCode() != 200) {
            return challenge;
        }
        String nonce = challenge.path("data.nonce");
        long now = System.currentTimeMillis();
        String signature = Base64.getEncoder().encodeToString(DevicesIT.sign(signer.pair(), signer.deviceId() + "." + nonce + "." + now));
        return SecondNode.from(SecondNode.freshLoopback()).contentType("application/json")
                .body(Map.of("nonce", nonce, "timestamp", now, "signature", signature))
                .post("/api/devices/" + signer.deviceId() + "/verify");
    }

    @Test
    void aDeviceRevokedOnOneNodeStopsProvingOnTheOtherAtOnce() throws Exception {
        Signer signer = registered();
        for (int i = 0; i < 2; i++) {
            proveOnSecondNode(signer).then().statusCode(200).body("data.verified", equalTo(true));
        }
        json().auth().oauth2(signer.access()).delete("/api/devices/" + signer.deviceId()).then().statusCode(204);
        assertError(proveOnSecondNode(signer), 403, "DEVICE_REVOKED");
    }

    @Test
    void aDeviceRevokedInSqlStopsProvingOnEveryNode() throws Exception {
        Signer signer = registered();
        proveOnSecondNode(signer).then().statusCode(200);
        Db.update("update device set state = 'REVOKED', revoked_at = now(), revocation_reason = 'by an operator' where id = ?",
                UUID.fromString(signer.deviceId()));
        int status = 200;
        for (int i = 0; i < 50 && status == 200; i++) {
            status = proveOnSecondNode(signer).statusCode();
            if (status == 200) {
                Thread.sleep(20);
            }
        }
        assertEquals(403, status, "the trigger's notice reached the second node within a second or two");
        assertError(proveOnSecondNode(signer), 403, "DEVICE_REVOKED");
    }
}
