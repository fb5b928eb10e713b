package dev.latchkey.web.it;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same EAR on WildFly 39 (scripts/ear-on-wildfly.sh: Maven Central's distribution, configured by
 * scripts/wildfly/configure.cli) serves the contract: a confirmation mail delivered to the test's SMTP server,
 * sign-in, refresh, a device proof, the error envelope and problem+json, /openapi with its error catalogue,
 * health on the management port, and parallel sign-ins through the @Retry on optimistic locking (each try its own
 * transaction on WildFly too, whose Fault Tolerance runs inside @Transactional).
 */
class EarOnWildFlyIT {

    /** Away from the Payara Server check's ports (24000 and up) and from the free-port range (26000 to 31999). */
    static final int OFFSET = 13000;
    static final String BASE = "http://127.0.0.1:" + (8080 + OFFSET);

    static RequestSpecification wildfly() {
        return RestAssured.given().baseUri(BASE).contentType("application/json");
    }

    @Test
    void theEarServesTheContractOnWildFly() throws Exception {
        Mailbox.start();
        Path work = Files.createTempDirectory("latchkey-wildfly");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        int dbPort = LatchkeyRunIT.freePort();
        try {
            String started = Scripts.run(Scripts.PROJECT, Map.of("MAIL_SMTP_HOST", "127.0.0.1", "MAIL_SMTP_PORT", String.valueOf(Mailbox.PORT),
                            "RATE_LIMIT_AUTH_LIMIT", "1000", "HTTP_TRUSTED_PROXIES", ""),
                    "scripts/ear-on-wildfly.sh", "start", work.toString(), String.valueOf(OFFSET), String.valueOf(dbPort));
            assertTrue(started.contains("wildfly: ready in"), started);
            System.out.println(started.lines().filter(l -> l.startsWith("wildfly:")).findFirst().orElse(""));
            wildfly().get("/api/health").then().statusCode(200).body(equalTo("{\"status\":\"healthy\",\"checks\":{\"database\":\"up\"}}"));
            RestAssured.given().baseUri("http://127.0.0.1:" + (9990 + OFFSET)).get("/health/ready").then().statusCode(200);

            String email = "wildfly-" + UUID.randomUUID() + "@example.com";
            wildfly().body(Map.of("email", email, "username", "wf" + UUID.randomUUID().toString().substring(0, 8), "password", "correct horse battery"))
                    .post("/api/accounts").then().statusCode(201);
            String token = Mailbox.token(Mailbox.await(email, Duration.ofSeconds(60)));
            wildfly().body(Map.of("token", token)).post("/api/accounts/confirm").then().statusCode(200);
            Response login = wildfly().body(Map.of("login", email, "password", "correct horse battery")).post("/api/auth/login");
            login.then().statusCode(200);
            String access = login.path("data.accessToken");
            wildfly().auth().oauth2(access).get("/api/auth/me").then().statusCode(200).body("data.email", equalTo(email));
            wildfly().body(Map.of("refreshToken", login.<String>path("data.refreshToken"))).post("/api/auth/refresh").then().statusCode(200);

            KeyPair key = DevicesIT.key("secp256r1");
            String deviceId = wildfly().auth().oauth2(access).body(Map.of("name", "phone", "publicKey", DevicesIT.spki(key)))
                    .post("/api/devices").then().statusCode(201).extract().path("data.id");
            String nonce = wildfly().auth().oauth2(access).post("/api/devices/" + deviceId + "/challenge").then().statusCode(200).extract().path("data.nonce");
            long timestamp = System.currentTimeMillis();
            String signature = Base64.getEncoder().encodeToString(DevicesIT.sign(key, deviceId + "." + nonce + "." + timestamp));
            wildfly().body(Map.of("nonce", nonce, "timestamp", timestamp, "signature", signature)).post("/api/devices/" + deviceId + "/verify")
                    .then().statusCode(200).body("data.verified", equalTo(true));

            wildfly().body("{\"email\":1}").post("/api/accounts").then().statusCode(400).body("error.code", equalTo("INVALID_REQUEST"));
            RestAssured.given().baseUri(BASE).accept("application/problem+json").get("/api/nope").then().statusCode(404)
                    .contentType("application/problem+json").body("code", equalTo("RESOURCE_NOT_FOUND"));
            RestAssured.given().baseUri(BASE).accept("application/json").get("/openapi").then().statusCode(200)
                    .body("paths.'/api/2fa/send-code'.post.operationId", equalTo("sendSignInCode"))
                    .body("components.schemas.ErrorCode.enum", hasItem("WEBHOOK_SIGNATURE_INVALID"));

            // ten sign-ins of one account at once: the session limit (3) counted by version, conflicts retried
            // by MicroProfile Fault Tolerance's @Retry on WildFly's SmallRye: exactly 3 open, the rest told why
            wildfly().auth().oauth2(access).post("/api/auth/logout").then().statusCode(204);
            List<Integer> statuses = Api.concurrently(10, () -> wildfly()
                    .body(Map.of("login", email, "password", "correct horse battery")).post("/api/auth/login").statusCode());
            assertEquals(3, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(7, statuses.stream().filter(s -> s == 429).count(), statuses.toString());
        } finally {
            Scripts.run(Scripts.PROJECT, Map.of(), "scripts/ear-on-wildfly.sh", "stop", work.toString(), String.valueOf(dbPort));
            Scripts.run(work.getParent(), Map.of(), "rm", "-rf", work.toString());
        }
    }
}
