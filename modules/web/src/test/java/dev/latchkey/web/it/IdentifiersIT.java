package dev.latchkey.web.it;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.latchkey.web.it.Api.assertError;
import static dev.latchkey.web.it.Api.register;
import static org.hamcrest.Matchers.equalTo;

/** Emails and usernames that only look different are one account; invisible characters are refused. */
class IdentifiersIT {

    static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static Map<String, Object> account(String email, String username) {
        return Map.of("email", email, "username", username, "password", "correct horse battery staple");
    }

    @Test
    void normalisedAndConfusableEmailsAreTheSameAccount() {
        String tag = tag();
        String nfc = Normalizer.normalize("jos\u00e9-" + tag + "@example.com", Normalizer.Form.NFC);
        register(account(nfc, "a" + tag)).then().statusCode(201);
        for (String twin : List.of(Normalizer.normalize(nfc, Normalizer.Form.NFD), "\u00a0" + nfc + "\u00a0", nfc.toUpperCase())) {
            assertError(register(account(twin, "b" + tag())), 409, "DUPLICATE_ENTRY").then().body("error.details.field", equalTo("email"));
        }
        String latin = "alice-" + tag + "@example.com";
        register(account(latin, "c" + tag)).then().statusCode(201);
        assertError(register(account("\u0430lice-" + tag + "@example.com", "d" + tag)), 409, "DUPLICATE_ENTRY")
                .then().body("error.details.field", equalTo("email"));
        assertError(register(account("\uff41lice-" + tag + "@example.com", "e" + tag)), 409, "DUPLICATE_ENTRY");
    }

    @Test
    void lookAlikeUsernamesAreTheSameAccountAndSignInFindsIt() {
        String tag = tag();
        String username = "alice" + tag;
        register(account("f-" + tag + "@example.com", username)).then().statusCode(201);
        StringBuilder fullwidth = new StringBuilder();
        username.chars().forEach(c -> fullwidth.append(Character.isLetterOrDigit(c) ? (char) (c - 0x20 + 0xFF00) : (char) c));
        assertError(register(account("g-" + tag + "@example.com", fullwidth.toString())), 409, "DUPLICATE_ENTRY")
                .then().body("error.details.field", equalTo("username"));
        assertError(register(account("h-" + tag + "@example.com", username.toUpperCase())), 409, "DUPLICATE_ENTRY");
        assertError(register(account("i-" + tag + "@example.com", username.replace('l', '1'))), 409, "DUPLICATE_ENTRY")
                .then().body("error.details.field", equalTo("username"));
        People.login(fullwidth.toString(), "correct horse battery staple").then().statusCode(401)
                .body("error.code", equalTo("EMAIL_NOT_CONFIRMED"));
    }

    @Test
    void invisibleFormatAndDirectionCharactersAreRefused() {
        String tag = tag();
        for (String hidden : List.of("\u200b", "\u00ad", "\u202e", "\u2060", "\u0000")) {
            assertError(register(account("j-" + tag + hidden + "x@example.com", "j" + tag())), 422, "VALIDATION_ERROR")
                    .then().body("error.details[0].field", equalTo("email"));
            assertError(register(account("k-" + tag() + "@example.com", "k" + tag + hidden + "x")), 422, "VALIDATION_ERROR")
                    .then().body("error.details[0].field", equalTo("username"));
        }
        assertError(register(account("\"alice\"-" + tag + "@example.com", "l" + tag)), 422, "VALIDATION_ERROR")
                .then().body("error.details[0].field", equalTo("email"));
        assertError(register(account("\u0430lice" + tag, "m" + tag)), 422, "VALIDATION_ERROR");
        assertError(register(account("n-" + tag + "@example.com", "\u0430lice" + tag)), 422, "VALIDATION_ERROR")
                .then().body("error.details[0].field", equalTo("username"));
    }
}
