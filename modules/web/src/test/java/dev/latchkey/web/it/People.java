package dev.latchkey.web.it;

import io.restassured.response.Response;

import java.util.Map;
import java.util.UUID;

import static dev.latchkey.web.it.Api.json;

/** Accounts made for a test: registered, confirmed through the real mail, signed in. */
final class People {

    record Person(String id, String email, String username, String password) {
        Map<String, Object> credentials() {
            return Map.of("login", email, "password", password);
        }
    }

    private People() {
    }

    /** Registered; email not confirmed. */
    static Person registered() {
        Map<String, Object> body = Api.newAccount();
        String id = Api.register(body).then().statusCode(201).extract().path("data.id");
        return new Person(id, body.get("email").toString(), body.get("username").toString(), body.get("password").toString());
    }

    /** Registered and confirmed with the token from the confirmation mail. */
    static Person confirmed() throws Exception {
        Person person = registered();
        json().body(Map.of("token", Mailbox.tokenFor(person.email()))).post("/api/accounts/confirm").then().statusCode(200);
        return person;
    }

    /** Registered and confirmed directly in the database, for tests about something else. */
    static Person confirmedQuickly() throws Exception {
        Person person = registered();
        Db.update("update account set email_confirmed = true where id = ?", UUID.fromString(person.id()));
        return person;
    }

    static Response login(Object login, Object password) {
        return json().body(Map.of("login", login, "password", password)).post("/api/auth/login");
    }

    /** Signs in and returns the access token. */
    static String accessToken(Person person) {
        return login(person.email(), person.password()).then().statusCode(200).extract().path("data.accessToken");
    }
}
