package dev.latchkey.web.it;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static dev.latchkey.web.it.Api.assertError;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service's log (latchkey.it.log) holds no password hash and no row, whatever a request did. */
class LogHygieneIT {

    static String log() throws Exception {
        String file = System.getProperty("latchkey.it.log", "");
        Assumptions.assumeFalse(file.isBlank(), "the service's log file is not known to this run");
        return Files.readString(Path.of(file), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Test
    void aDuplicateRegistrationLogsNoRowNorHash() throws Exception {
        Map<String, Object> body = Api.newAccount();
        Api.register(body).then().statusCode(201);
        assertError(Api.register(body), 409, "DUPLICATE_ENTRY");
        body.put("email", "other-" + body.get("email"));
        assertError(Api.register(body), 409, "DUPLICATE_ENTRY");
        Thread.sleep(500);
        String log = log();
        assertFalse(log.contains("$argon2id$"), "a password hash reached the log");
        assertFalse(log.toLowerCase().contains("insert into account"), "an account row reached the log");
        assertFalse(log.contains(body.get("username").toString()), "the username of a failed insert reached the log");
    }

    @Test
    void startUpWarnsThatMailWouldBeLoggedOnlyWithoutSmtp() throws Exception {
        // the test service has an SMTP host, so no such warning; ./latchkey run without one is checked by LatchkeyRunIT
        assertTrue(log().contains("Keys in use"), "the key ring says which keys it uses (ids only)");
        assertFalse(log().contains("No MAIL_SMTP_HOST set"));
    }
}
