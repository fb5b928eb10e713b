package dev.latchkey.web.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Consumer;

import static dev.latchkey.web.it.Api.assertError;
import static dev.latchkey.web.it.Api.given;
import static dev.latchkey.web.it.Api.json;
import static org.hamcrest.Matchers.equalTo;

/**
 * Nodes keep the open sessions and live API keys they have seen in memory; every way a session
 * ends, and a key's revocation, on one node takes effect on the other at once: the second node has just answered the access token from
 * memory, the change is made on the main node, and the very next call on the second node is refused.
 */
class SessionsAcrossNodesIT {

    static Response meOnSecondNode(String access) {
        return SecondNode.from(SecondNode.freshLoopback()).auth().oauth2(access).get("/api/auth/me");
    }

    /** Signs in on the main node, lets the second node learn the session, applies the change on the main node. */
    static void endedElsewhere(String access, Runnable change, String code) {
        for (int i = 0; i < 3; i++) {
            meOnSecondNode(access).then().statusCode(200);
        }
        change.run();
        assertError(meOnSecondNode(access), 401, code);
    }

    @Test
    void aLogoutOnOneNodeEndsTheSessionOnTheOther() throws Exception {
        String access = People.accessToken(People.confirmedQuickly());
        endedElsewhere(access, () -> given().auth().oauth2(access).post("/api/auth/logout").then().statusCode(204), "SESSION_INVALID");
    }

    @Test
    void endingASessionFromAnotherOneTakesEffectOnTheOtherNode() throws Exception {
        People.Person person = People.confirmedQuickly();
        String ended = People.accessToken(person);
        String other = People.accessToken(person);
        String id = given().auth().oauth2(ended).get("/api/sessions").path("data.find { it.current }.id");
        endedElsewhere(ended, () -> given().auth().oauth2(other).delete("/api/sessions/" + id).then().statusCode(204), "SESSION_INVALID");
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsOnEveryNode() throws Exception {
        People.Person person = People.confirmedQuickly();
        String kept = People.accessToken(person);
        String ended = People.accessToken(person);
        endedElsewhere(ended, () -> json().auth().oauth2(kept)
                .body(Map.of("currentPassword", person.password(), "newPassword", "another correct horse battery"))
                .patch("/api/auth/me").then().statusCode(200), "SESSION_INVALID");
        meOnSecondNode(kept).then().statusCode(200).body("data.id", equalTo(person.id()));
    }

    @Test
    void deactivationEndsTheSessionsOnEveryNode() throws Exception {
        People.Person person = People.confirmedQuickly();
        String access = People.accessToken(person);
        endedElsewhere(access, () -> Admin.as(admin -> given().auth().oauth2(admin)
                .post("/api/admin/accounts/" + person.id() + "/deactivate").then().statusCode(200)), "SESSION_INVALID");
    }

    @Test
    void revokingTheDeviceEndsItsBoundSessionOnEveryNode() throws Exception {
        DeviceBoundSessionIT.Bound bound = DeviceBoundSessionIT.signInWithDevice();
        String access = bound.login().path("data.accessToken");
        String other = People.accessToken(bound.person());
        Consumer<String> revoke = id -> given().auth().oauth2(other).delete("/api/devices/" + id).then().statusCode(204);
        endedElsewhere(access, () -> revoke.accept(bound.deviceId()), "SESSION_INVALID");
    }

    @Test
    void aRevokedApiKeyStopsOnEveryNodeAtOnce() throws Exception {
        String access = People.accessToken(People.confirmedQuickly());
        io.restassured.response.Response created = json().auth().oauth2(access)
                .body(Map.of("name", "revoked soon", "scopes", java.util.List.of("accounts:read"))).post("/api/api-keys");
        String key = created.path("data.key");
        String id = created.path("data.id");
        for (int i = 0; i < 3; i++) {
            SecondNode.from(SecondNode.freshLoopback()).header("X-API-Key", key).get("/api/auth/me").then().statusCode(200);
        }
        given().auth().oauth2(access).delete("/api/api-keys/" + id).then().statusCode(204);
        assertError(SecondNode.from(SecondNode.freshLoopback()).header("X-API-Key", key).get("/api/auth/me"), 401, "TOKEN_INVALID")
                .then().body("error.details.reason", equalTo("api_key_revoked"));
    }
}
