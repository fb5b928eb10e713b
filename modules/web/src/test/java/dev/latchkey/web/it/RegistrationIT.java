package dev.latchkey.web.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.latchkey.web.it.Api.assertError;
import static dev.latchkey.web.it.Api.json;
import static dev.latchkey.web.it.Api.newAccount;
import static dev.latchkey.web.it.Api.register;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RegistrationIT {

    @Test
    void registersAnActiveUnconfirmedAccountWithDefaultPermissions() {
        Map<String, Object> body = newAccount();
        body.put("email", "  Mixed.Case+" + UUID.randomUUID() + "@Example.COM ");
        Response response = register(body);
        String id = response.then().statusCode(201)
                .body("status", equalTo("created"))
                .body("timestamp", matchesPattern(Api.TIMESTAMP))
                .body("data.email", equalTo(body.get("email").toString().trim().toLowerCase()))
                .body("data.username", equalTo(body.get("username")))
                .body("data.displayName", equalTo(body.get("displayName")))
                .body("data.status", equalTo("ACTIVE"))
                .body("data.emailConfirmed", equalTo(false))
                .body("data.permissions", contains("read", "write"))
                .body("data.createdAt", matchesPattern(Api.TIMESTAMP))
                .body("data", not(hasKey("password")))
                .body("data", not(hasKey("passwordHash")))
                .extract().path("data.id");
        response.then().header("Location", endsWith("/api/accounts/" + id)).header("ETag", matchesPattern("\"[^\"]+\""));
        Api.given().get("/api/accounts/" + id).then().statusCode(401);
    }

    @Test
    void fieldsAClientMayNotSetHaveNoEffect() {
        Map<String, Object> body = newAccount();
        body.put("status", "DEACTIVATED");
        body.put("permissions", List.of("admin"));
        body.put("emailConfirmed", true);
        body.put("id", UUID.randomUUID().toString());
        register(body).then().statusCode(201)
                .body("data.status", equalTo("ACTIVE"))
                .body("data.permissions", contains("read", "write"))
                .body("data.emailConfirmed", equalTo(false))
                .body("data.id", not(equalTo(body.get("id"))));
    }

    @Test
    void badFieldsAreReportedTogetherWithTheirTypes() {
        Response response = json().body(Map.of("email", "not-an-email", "username", "x", "password", "short"))
                .post("/api/accounts");
        assertError(response, 422, "VALIDATION_ERROR")
                .then()
                .body("error.details.field", hasItems("email", "username", "password"))
                .body("error.details.find { it.field == 'email' }.type", equalTo("email"))
                .body("error.details.find { it.field == 'password' }.type", equalTo("min_length"))
                .body("error.details.find { it.field == 'password' }.min_length", equalTo(12))
                .body("error.details.find { it.field == 'username' }.type", equalTo("min_length"))
                .body("error.errors.email[0]", equalTo("must be a valid email address"))
                .body("error.errors.password[0]", equalTo("must be at least 12 characters"));
        assertEquals(-1, response.asString().indexOf("short\""), "the password is never echoed");
    }

    @Test
    void missingFieldsAreRequired() {
        assertError(json().body("{}").post("/api/accounts"), 422, "VALIDATION_ERROR")
                .then()
                .body("error.details.findAll { it.type == 'required' }.field", hasItems("email", "username", "password"));
    }

    @Test
    void overlongAndMalformedValuesBreakTheirRules() {
        Map<String, Object> body = newAccount();
        body.put("password", "p".repeat(129));
        body.put("username", "-starts-with-dash");
        body.put("displayName", "d".repeat(101));
        assertError(register(body), 422, "VALIDATION_ERROR")
                .then()
                .body("error.details.find { it.field == 'password' }.type", equalTo("max_length"))
                .body("error.details.find { it.field == 'password' }.max_length", equalTo(128))
                .body("error.details.find { it.field == 'username' }.type", equalTo("pattern"))
                .body("error.details.find { it.field == 'displayName' }.type", equalTo("max_length"));
    }

    @Test
    void aTakenEmailIsADuplicateEntryOnEmail() {
        Map<String, Object> first = newAccount();
        register(first).then().statusCode(201);
        Map<String, Object> second = newAccount();
        second.put("email", first.get("email").toString().toUpperCase());
        assertError(register(second), 409, "DUPLICATE_ENTRY").then().body("error.details.field", equalTo("email"));
    }

    @Test
    void aTakenUsernameIsADuplicateEntryOnUsernameWhateverItsCase() {
        Map<String, Object> first = newAccount();
        register(first).then().statusCode(201);
        Map<String, Object> second = newAccount();
        second.put("username", first.get("username").toString().toUpperCase());
        assertError(register(second), 409, "DUPLICATE_ENTRY").then().body("error.details.field", equalTo("username"));
    }

    @Test
    void twentyParallelRegistrationsOfOneEmailCreateExactlyOneAccount() throws Exception {
        String email = newAccount().get("email").toString();
        List<Response> responses = Api.concurrently(20, () -> {
            Map<String, Object> body = newAccount();
            body.put("email", email);
            return register(body);
        });
        long created = responses.stream().filter(r -> r.statusCode() == 201).count();
        long duplicates = responses.stream().filter(r -> r.statusCode() == 409).count();
        assertEquals(1, created, "exactly one registration wins");
        assertEquals(19, duplicates, "every other one is a DUPLICATE_ENTRY");
        responses.stream().filter(r -> r.statusCode() == 409)
                .forEach(r -> assertError(r, 409, "DUPLICATE_ENTRY").then().body("error.details.field", equalTo("email")));
    }

    @Test
    void anAccountIsReadByItselfAndAdministratorsAndIsUnknownToEveryoneElse() throws Exception {
        People.Person person = People.confirmedQuickly();
        People.Person other = People.confirmedQuickly();
        String access = People.accessToken(person);
        assertError(Api.given().get("/api/accounts/" + person.id()), 401, "AUTHENTICATION_REQUIRED");
        Api.given().auth().oauth2(access).get("/api/accounts/" + person.id()).then().statusCode(200)
                .body("data.id", equalTo(person.id())).body("data.email", equalTo(person.email()));
        assertError(Api.given().auth().oauth2(access).get("/api/accounts/" + other.id()), 404, "RESOURCE_NOT_FOUND")
                .then().body("error.details.resource_type", equalTo("account"));
        assertError(Api.given().auth().oauth2(access).get("/api/accounts/" + UUID.randomUUID()), 404, "RESOURCE_NOT_FOUND")
                .then().body("error.details.resource_type", equalTo("account"));
        String admin = People.login("admin", System.getProperty("latchkey.it.admin.password", "administrator password"))
                .then().statusCode(200).extract().path("data.accessToken");
        Api.given().auth().oauth2(admin).get("/api/accounts/" + other.id()).then().statusCode(200)
                .body("data.username", equalTo(other.username()));
        Api.given().auth().oauth2(admin).post("/api/auth/logout").then().statusCode(204);
        assertError(Api.given().auth().oauth2(access).get("/api/accounts/not-a-uuid"), 400, "INVALID_REQUEST")
                .then().body("error.details.field", equalTo("id"))
                .body("error.details.issue", equalTo("must be a UUID"));
    }

    @Test
    void theResponseNeverCarriesThePasswordOrItsHash() {
        Map<String, Object> body = newAccount();
        String text = register(body).then().statusCode(201).extract().asString();
        assertEquals(-1, text.indexOf(body.get("password").toString()));
        assertEquals(-1, text.indexOf("argon2"));
    }

    @Test
    void displayNameIsOptional() {
        Map<String, Object> body = newAccount();
        body.remove("displayName");
        register(body).then().statusCode(201).body("data.displayName", nullValue());
    }
}
