package dev.latchkey.web.it;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.latchkey.web.it.Api.assertError;
import static dev.latchkey.web.it.Api.given;
import static dev.latchkey.web.it.Api.json;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Nodes keep the accounts they have read in memory; a change made on one node shows on the other at
 * once (the account table's trigger announces it), and so does a change made in SQL behind the
 * service's back. The second node has just answered from memory each time before the change.
 */
class AccountsAcrossNodesIT {

    static io.restassured.specification.RequestSpecification second() {
        return SecondNode.from(SecondNode.freshLoopback());
    }

    @Test
    void aProfileChangeOnOneNodeShowsOnTheOtherAtOnce() throws Exception {
        String access = People.accessToken(People.confirmedQuickly());
        for (int i = 0; i < 3; i++) {
            second().auth().oauth2(access).get("/api/auth/me").then().statusCode(200);
        }
        String etag = given().auth().oauth2(access).get("/api/auth/me").header("ETag");
        json().auth().oauth2(access).body(Map.of("displayName", "Renamed")).patch("/api/auth/me").then().statusCode(200);
        second().auth().oauth2(access).get("/api/auth/me").then().statusCode(200).body("data.displayName", equalTo("Renamed"));
        second().auth().oauth2(access).header("If-None-Match", etag).get("/api/auth/me").then().statusCode(200);
    }

    @Test
    void takingAdministrationAwayOnOneNodeRefusesTheAdminRoutesOnTheOtherAtOnce() throws Exception {
        People.Person person = People.confirmedQuickly();
        Admin.as(admin -> json().auth().oauth2(admin).body(Map.of("permissions", List.of("read", "write", "admin")))
                .put("/api/admin/accounts/" + person.id() + "/permissions").then().statusCode(200));
        String access = People.accessToken(person);
        second().auth().oauth2(access).get("/api/admin/accounts").then().statusCode(200);
        Admin.as(admin -> json().auth().oauth2(admin).body(Map.of("permissions", List.of("read", "write")))
                .put("/api/admin/accounts/" + person.id() + "/permissions").then().statusCode(200));
        assertError(second().auth().oauth2(access).get("/api/admin/accounts"), 403, "ACCESS_DENIED");
    }

    @Test
    void anApiKeyStopsOnEveryNodeOnceItsAccountIsDeactivated() throws Exception {
        People.Person person = People.confirmedQuickly();
        String access = People.accessToken(person);
        String key = ApiKeysIT.key(access, List.of("accounts:read"));
        second().header("X-API-Key", key).get("/api/auth/me").then().statusCode(200);
        Admin.as(admin -> given().auth().oauth2(admin).post("/api/admin/accounts/" + person.id() + "/deactivate").then().statusCode(200));
        assertError(second().header("X-API-Key", key).get("/api/auth/me"), 401, "TOKEN_INVALID");
    }

    @Test
    void aChangeMadeInSqlReachesEveryNode() throws Exception {
        People.Person person = People.confirmedQuickly();
        String access = People.accessToken(person);
        second().auth().oauth2(access).get("/api/auth/me").then().statusCode(200);
        Db.update("update account set display_name = 'Set in SQL' where id = ?", UUID.fromString(person.id()));
        String seen = null;
        for (int i = 0; i < 50 && !"Set in SQL".equals(seen); i++) {
            seen = second().auth().oauth2(access).get("/api/auth/me").path("data.displayName");
            if (!"Set in SQL".equals(seen)) {
                Thread.sleep(20);
            }
        }
        assertEquals("Set in SQL", seen, "the trigger's notice reached the second node within a second");
    }
}
