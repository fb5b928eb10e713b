package dev.latchkey.web.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.latchkey.web.it.Api.assertError;
import static dev.latchkey.web.it.Api.given;
import static dev.latchkey.web.it.Api.json;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** API keys: shown once, kept as a hash, acting for their account within their scopes, stopped at once. */
class ApiKeysIT {

    static Response create(String access, String name, List<String> scopes) {
        return json().auth().oauth2(access).body(Map.of("name", name, "scopes", scopes)).post("/api/api-keys");
    }

    static String key(String access, List<String> scopes) {
        return create(access, "key " + UUID.randomUUID(), scopes).then().statusCode(201).extract().path("data.key");
    }

    @Test
    void aKeyIsShownOnceAndKeptAsAHash() throws Exception {
        String access = People.accessToken(People.confirmedQuickly());
        Response created = create(access, "ci", List.of("accounts:read"));
        created.then().statusCode(201).body("data.key", startsWith("lk_")).body("data.scopes", contains("accounts:read"))
                .header("Cache-Control", "no-store");
        String key = created.path("data.key");
        given().auth().oauth2(access).get("/api/api-keys").then().statusCode(200)
                .body("data.name", hasItem("ci")).body("data[0]", not(org.hamcrest.Matchers.hasKey("key")));
        assertFalse(SecretsAtRestIT.dump("api_key").contains(key), "the key is kept as its SHA-256 only");
        assertError(create(access, "CI", List.of("accounts:read")), 409, "DUPLICATE_ENTRY").then().body("error.details.field", equalTo("name"));
        assertError(create(access, "other", List.of("everything")), 400, "INVALID_REQUEST").then().body("error.details.field", equalTo("scopes"));
        assertError(create(access, "none", List.of()), 422, "VALIDATION_ERROR");
    }

    @Test
    void aKeyActsForItsAccountWithinItsScopes() throws Exception {
        People.Person person = People.confirmedQuickly();
        String access = People.accessToken(person);
        String reader = key(access, List.of("accounts:read"));
        given().header("X-API-Key", reader).get("/api/auth/me").then().statusCode(200).body("data.id", equalTo(person.id()));
        assertError(json().header("X-API-Key", reader).body(Map.of("displayName", "x")).patch("/api/auth/me"), 403, "INSUFFICIENT_SCOPE")
                .then().body("error.details.required_scope", equalTo("accounts:write")).body("error.details.key_scopes", contains("accounts:read"));
        assertError(given().header("X-API-Key", reader).get("/api/devices"), 403, "INSUFFICIENT_SCOPE")
                .then().body("error.details.required_scope", equalTo("devices:read"));
        String devices = key(access, List.of("devices:read", "devices:write"));
        json().header("X-API-Key", devices).body(Map.of("name", "Kiosk", "publicKey", DevicesIT.spki(DevicesIT.key("secp256r1"))))
                .post("/api/devices").then().statusCode(201);
        given().header("X-API-Key", devices).get("/api/devices").then().statusCode(200).body("meta.total", equalTo(1));
        String sessions = key(access, List.of("sessions:read"));
        given().header("X-API-Key", sessions).get("/api/sessions").then().statusCode(200).body("data.current", not(hasItem(true)));
        assertError(given().header("X-API-Key", sessions).get("/api/admin/accounts"), 403, "INSUFFICIENT_SCOPE")
                .then().body("error.details.required_scope", equalTo("admin"));
        String sessionsWriter = key(access, List.of("sessions:write"));
        String otherSession = People.login(person.email(), person.password()).path("data.sessionId");
        json().header("X-API-Key", sessionsWriter).delete("/api/sessions/" + otherSession).then().statusCode(204);
        assertError(json().header("X-API-Key", reader).post("/api/2fa/totp/setup"), 403, "INSUFFICIENT_SCOPE")
                .then().body("error.details.required_scope", equalTo("2fa:write"));
        json().header("X-API-Key", key(access, List.of("2fa:write"))).post("/api/2fa/totp/setup").then().statusCode(200);
        String claimsAdmin = key(access, List.of("admin"));
        assertError(given().header("X-API-Key", claimsAdmin).get("/api/admin/accounts"), 403, "ACCESS_DENIED");
        Admin.as(adminAccess -> {
            given().header("X-API-Key", key(adminAccess, List.of("admin"))).get("/api/admin/accounts").then().statusCode(200);
            return null;
        });
    }

    @Test
    void bearerOnlyRoutesRefuseKeys() throws Exception {
        String access = People.accessToken(People.confirmedQuickly());
        String key = key(access, List.of("accounts:read", "accounts:write", "sessions:write"));
        assertError(json().header("X-API-Key", key).post("/api/auth/logout"), 401, "AUTHENTICATION_REQUIRED");
        assertError(given().header("X-API-Key", key).get("/api/api-keys"), 401, "AUTHENTICATION_REQUIRED");
    }

    @Test
    void unknownRevokedAndOrphanedKeysStopAtOnce() throws Exception {
        People.Person person = People.confirmedQuickly();
        String access = People.accessToken(person);
        assertError(given().header("X-API-Key", "lk_nothing").get("/api/auth/me"), 401, "TOKEN_INVALID")
                .then().header("WWW-Authenticate", "Bearer");
        Response created = create(access, "revoked", List.of("accounts:read"));
        String key = created.path("data.key");
        String id = created.path("data.id");
        given().header("X-API-Key", key).get("/api/auth/me").then().statusCode(200);
        assertError(given().auth().oauth2(People.accessToken(People.confirmedQuickly())).delete("/api/api-keys/" + id), 404, "RESOURCE_NOT_FOUND");
        given().auth().oauth2(access).delete("/api/api-keys/" + id).then().statusCode(204);
        assertError(given().header("X-API-Key", key).get("/api/auth/me"), 401, "TOKEN_INVALID")
                .then().body("error.details.reason", equalTo("api_key_revoked"));
        assertError(given().auth().oauth2(access).delete("/api/api-keys/" + id), 404, "RESOURCE_NOT_FOUND");

        String live = key(access, List.of("accounts:read"));
        Admin.as(adminAccess -> json().auth().oauth2(adminAccess).post("/api/admin/accounts/" + person.id() + "/deactivate")
                .then().statusCode(200));
        assertError(given().header("X-API-Key", live).get("/api/auth/me"), 401, "TOKEN_INVALID")
                .then().body("error.details.reason", equalTo("account_not_active"));
    }
}
