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
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Administration of accounts: who may, listing, the status life cycle under concurrency, unlock, permissions, groups. */
class AdminIT {

    static People.Person pending() throws Exception {
        People.Person person = People.confirmedQuickly();
        Db.update("update account set status = 'PENDING' where id = ?", UUID.fromString(person.id()));
        return person;
    }

    static Response post(String access, String path) {
        return json().auth().oauth2(access).post(path);
    }

    @Test
    void onlyAdministratorsMayAdminister() throws Exception {
        String user = People.accessToken(People.confirmedQuickly());
        assertError(given().auth().oauth2(user).get("/api/admin/accounts"), 403, "ACCESS_DENIED")
                .then().body("error.details.required_permission", equalTo("admin"))
                .body("error.details.user_permissions", contains("read", "write"))
                .body("error.details.resource", equalTo("/api/admin/accounts"));
        assertError(given().get("/api/admin/accounts"), 401, "AUTHENTICATION_REQUIRED");
        assertError(json().auth().oauth2(user).body(Map.of("name", "x")).post("/api/admin/groups"), 403, "ACCESS_DENIED");
    }

    @Test
    void accountsAreListedByStatusAndPaged() throws Exception {
        People.Person waiting = pending();
        Admin.as(access -> {
            given().auth().oauth2(access).queryParam("status", "PENDING").queryParam("size", 100).get("/api/admin/accounts")
                    .then().statusCode(200).body("data.status", everyItem(equalTo("PENDING"))).body("data.id", hasItem(waiting.id()))
                    .body("meta.size", equalTo(100));
            assertError(given().auth().oauth2(access).queryParam("status", "SLEEPING").get("/api/admin/accounts"), 400, "INVALID_REQUEST")
                    .then().body("error.details.field", equalTo("status"));
            given().auth().oauth2(access).queryParam("size", 1).get("/api/admin/accounts").then().statusCode(200)
                    .body("data.size()", equalTo(1)).body("meta.total", notNullValue());
            return null;
        });
    }

    @Test
    void approveAndDeclineGoFromPendingOnly() throws Exception {
        People.Person waiting = pending();
        People.Person other = pending();
        Admin.as(access -> {
            post(access, "/api/admin/accounts/" + waiting.id() + "/approve").then().statusCode(200).body("data.status", equalTo("ACTIVE"));
            assertError(post(access, "/api/admin/accounts/" + waiting.id() + "/approve"), 422, "VALIDATION_ERROR")
                    .then().body("error.details[0].field", equalTo("status")).body("error.details[0].current", equalTo("ACTIVE"));
            assertError(post(access, "/api/admin/accounts/" + waiting.id() + "/decline"), 422, "VALIDATION_ERROR");
            post(access, "/api/admin/accounts/" + other.id() + "/decline").then().statusCode(200).body("data.status", equalTo("DECLINED"));
            String unknown = UUID.randomUUID().toString();
            assertError(post(access, "/api/admin/accounts/" + unknown + "/approve"), 404, "RESOURCE_NOT_FOUND")
                    .then().body("error.details.resource_id", equalTo(unknown)).body("error.details.resource_type", equalTo("account"));
            assertError(post(access, "/api/admin/accounts/nope/approve"), 400, "INVALID_REQUEST");
            return null;
        });
        People.login(waiting.email(), waiting.password()).then().statusCode(200);
        assertError(People.login(other.email(), other.password()), 403, "ACCOUNT_DECLINED");
    }

    @Test
    void twentyParallelApprovalsChangeTheStatusOnce() throws Exception {
        People.Person waiting = pending();
        List<Response> answers = Admin.as(access -> {
            try {
                return Api.concurrently(20, () -> post(access, "/api/admin/accounts/" + waiting.id() + "/approve"));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertEquals(1, answers.stream().filter(r -> r.statusCode() == 200).count(), "one approval wins");
        answers.stream().filter(r -> r.statusCode() != 200).forEach(r -> assertError(r, 422, "VALIDATION_ERROR")
                .then().body("error.details[0].current", equalTo("ACTIVE")));
        assertEquals(1, ((Number) Db.value("select count(*) from account_status_change where account_id = ?",
                UUID.fromString(waiting.id()))).intValue(), "one state change recorded");
    }

    @Test
    void deactivationEndsTheSessionsAtOnceAndReactivationLetsBackIn() throws Exception {
        People.Person person = People.confirmedQuickly();
        String session = People.accessToken(person);
        Admin.as(access -> post(access, "/api/admin/accounts/" + person.id() + "/deactivate").then().statusCode(200)
                .body("data.status", equalTo("DEACTIVATED")));
        assertError(given().auth().oauth2(session).get("/api/auth/me"), 401, "SESSION_INVALID");
        assertError(People.login(person.email(), person.password()), 403, "ACCOUNT_DEACTIVATED");
        Admin.as(access -> post(access, "/api/admin/accounts/" + person.id() + "/reactivate").then().statusCode(200)
                .body("data.status", equalTo("ACTIVE")));
        People.login(person.email(), person.password()).then().statusCode(200);
    }

    @Test
    void unlockLiftsALockoutAtOnce() throws Exception {
        People.Person person = People.confirmedQuickly();
        for (int i = 0; i < 3; i++) {
            People.login(person.email(), "not the password");
        }
        assertError(People.login(person.email(), person.password()), 423, "AUTH_ACCOUNT_LOCKED");
        Admin.as(access -> post(access, "/api/admin/accounts/" + person.id() + "/unlock").then().statusCode(200));
        People.login(person.email(), person.password()).then().statusCode(200);
    }

    @Test
    void permissionsApplyToOpenSessionsOnTheirNextRequest() throws Exception {
        People.Person person = People.confirmedQuickly();
        String session = People.accessToken(person);
        assertError(given().auth().oauth2(session).get("/api/admin/accounts"), 403, "ACCESS_DENIED");
        Admin.as(access -> json().auth().oauth2(access).body(Map.of("permissions", List.of("read", "write", "admin")))
                .put("/api/admin/accounts/" + person.id() + "/permissions").then().statusCode(200)
                .body("data.permissions", contains("admin", "read", "write")));
        given().auth().oauth2(session).get("/api/admin/accounts").then().statusCode(200);
        Admin.as(access -> {
            json().auth().oauth2(access).body(Map.of("permissions", List.of("read")))
                    .put("/api/admin/accounts/" + person.id() + "/permissions").then().statusCode(200);
            assertError(json().auth().oauth2(access).body(Map.of("permissions", List.of("read", "root")))
                    .put("/api/admin/accounts/" + person.id() + "/permissions"), 400, "INVALID_REQUEST")
                    .then().body("error.details.field", equalTo("permissions"));
            return null;
        });
        assertError(given().auth().oauth2(session).get("/api/admin/accounts"), 403, "ACCESS_DENIED")
                .then().body("error.details.user_permissions", contains("read"));
    }

    @Test
    void theLastAdministratorKeepsAdmin() throws Exception {
        Db.update("update account set permissions = 'read,write' where username <> 'admin' and permissions like '%admin%'");
        String adminId = Db.value("select id from account where username = 'admin'").toString();
        Admin.as(access -> assertError(json().auth().oauth2(access).body(Map.of("permissions", List.of("read", "write")))
                .put("/api/admin/accounts/" + adminId + "/permissions"), 422, "VALIDATION_ERROR")
                .then().body("error.details[0].field", equalTo("permissions")));
        Admin.as(access -> given().auth().oauth2(access).get("/api/admin/accounts").then().statusCode(200));
    }

    @Test
    void groupsAreUniqueByNameAndAccountsMoveIntoLiveOnesOnly() throws Exception {
        People.Person person = People.confirmedQuickly();
        String name = "Team " + UUID.randomUUID();
        Admin.as(access -> {
            Response created = json().auth().oauth2(access).body(Map.of("name", name)).post("/api/admin/groups");
            created.then().statusCode(201).body("data.name", equalTo(name));
            String group = created.path("data.id");
            created.then().header("Location", org.hamcrest.Matchers.endsWith("/api/admin/groups/" + group));
            assertError(json().auth().oauth2(access).body(Map.of("name", name.toUpperCase())).post("/api/admin/groups"), 409, "DUPLICATE_ENTRY")
                    .then().body("error.details.field", equalTo("name"));
            json().auth().oauth2(access).body(Map.of("groupId", group)).put("/api/admin/accounts/" + person.id() + "/group")
                    .then().statusCode(200).body("data.groupId", equalTo(group));
            String unknown = UUID.randomUUID().toString();
            assertError(json().auth().oauth2(access).body(Map.of("groupId", unknown)).put("/api/admin/accounts/" + person.id() + "/group"),
                    404, "RESOURCE_NOT_FOUND").then().body("error.details.resource_type", equalTo("group"));
            json().auth().oauth2(access).delete("/api/admin/groups/" + group).then().statusCode(204);
            assertError(json().auth().oauth2(access).delete("/api/admin/groups/" + group), 404, "RESOURCE_NOT_FOUND");
            assertError(json().auth().oauth2(access).body(Map.of("groupId", group)).put("/api/admin/accounts/" + person.id() + "/group"),
                    404, "RESOURCE_NOT_FOUND");
            json().auth().oauth2(access).body(Map.of("name", name)).post("/api/admin/groups").then().statusCode(201);
            return null;
        });
    }
}
