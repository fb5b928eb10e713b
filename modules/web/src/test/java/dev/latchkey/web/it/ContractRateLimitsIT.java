package dev.latchkey.web.it;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static dev.latchkey.web.it.Api.assertError;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every limit of CONTRACT.md section 5 at its contract size, on the second node (see
 * {@link SecondNode}): each client is a loopback address of its own, or an X-Forwarded-For address
 * behind the trusted 127.0.0.1. Accounts and tokens come from the main node (same database and
 * keys); the account's authenticated calls are all made here, since the main node counts them in
 * the same counters against its raised limits.
 */
class ContractRateLimitsIT {

    static Response badLogin(RequestSpecification client) {
        return badLogin(client, "nobody-" + UUID.randomUUID() + "@example.com");
    }

    static Response badLogin(RequestSpecification client, String login) {
        return client.body(Map.of("login", login, "password", "not the password at all")).post("/api/auth/login");
    }

    /** Makes {@code limit} calls that must pass with the headers counting down, then one that must be refused. */
    static Response spend(int limit, int status, Supplier<Response> call) {
        long reset = 0;
        for (int i = 1; i <= limit; i++) {
            Response response = call.get();
            response.then().statusCode(status)
                    .header("X-RateLimit-Limit", String.valueOf(limit))
                    .header("X-RateLimit-Remaining", String.valueOf(limit - i));
            long thisReset = Long.parseLong(response.header("X-RateLimit-Reset"));
            assertTrue(reset == 0 || reset == thisReset, "one window: " + reset + " then " + thisReset);
            reset = thisReset;
        }
        Response refused = call.get();
        refused.then().header("X-RateLimit-Limit", String.valueOf(limit)).header("X-RateLimit-Remaining", "0")
                .header("X-RateLimit-Reset", String.valueOf(reset));
        return refused;
    }

    static void assertLimited(Response refused, String code, int limit, String window, Duration length) {
        assertError(refused, 429, code);
        long reset = Long.parseLong(refused.header("X-RateLimit-Reset"));
        long retryAfter = refused.jsonPath().getLong("error.details.retry_after");
        refused.then().body("error.details.limit", equalTo(limit)).body("error.details.window", equalTo(window))
                .body("error.details.reset_time", equalTo(Instant.ofEpochSecond(reset).toString()));
        assertEquals(String.valueOf(retryAfter), refused.header("Retry-After"));
        assertTrue(retryAfter > length.toSeconds() - 120 && retryAfter <= length.toSeconds(), "retry_after " + retryAfter);
    }

    @Test
    void theAuthLimitCountsEveryAuthRoutePerAddressAndOtherAddressesAreUnaffected() {
        String address = SecondNode.freshLoopback();
        Supplier<RequestSpecification> client = () -> SecondNode.from(address);
        List<Supplier<Response>> routes = List.of(
                () -> badLogin(client.get()),
                () -> client.get().body(Map.of("email", "x")).post("/api/accounts"),
                () -> client.get().body(Map.of("token", "no such token")).post("/api/accounts/confirm"),
                () -> client.get().body(Map.of("email", "nobody-" + UUID.randomUUID() + "@example.com")).post("/api/auth/password-reset"),
                () -> client.get().body(Map.of("token", "no such token", "newPassword", "a new password here")).post("/api/auth/password-reset/confirm"));
        for (int i = 0; i < routes.size(); i++) {
            Response response = routes.get(i).get();
            assertTrue(response.statusCode() != 429, "attempt " + (i + 1) + " is within the limit: " + response.asString());
            response.then().header("X-RateLimit-Limit", "5").header("X-RateLimit-Remaining", String.valueOf(4 - i));
        }
        for (Supplier<Response> route : routes) {
            assertLimited(route.get(), "RATE_LIMIT_AUTH", 5, "15 minutes", Duration.ofMinutes(15));
        }
        badLogin(SecondNode.from(SecondNode.freshLoopback())).then().statusCode(401).header("X-RateLimit-Remaining", "4");
    }

    @Test
    void signInsNamingOneLoginAreLimitedWhateverAddressTheyComeFromAndHoweverItIsSpelled() {
        String login = "sprayed-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        for (int i = 0; i < 5; i++) {
            String spelling = i % 2 == 0 ? login : login.toUpperCase();
            Response failed = badLogin(SecondNode.from(SecondNode.freshLoopback()), spelling);
            assertEquals(i < 2 ? 401 : 423, failed.statusCode(), "a wrong password, then the lockout after the third: " + failed.asString());
            failed.then().header("X-RateLimit-Remaining", String.valueOf(4 - i));
        }
        assertLimited(badLogin(SecondNode.from(SecondNode.freshLoopback()), login), "RATE_LIMIT_AUTH", 5, "15 minutes", Duration.ofMinutes(15));
        assertLimited(SecondNode.from(SecondNode.freshLoopback()).body(Map.of("email", login)).post("/api/auth/password-reset"),
                "RATE_LIMIT_AUTH", 5, "15 minutes", Duration.ofMinutes(15));
        badLogin(SecondNode.from(SecondNode.freshLoopback())).then().statusCode(401);
    }

    @Test
    void forwardedForIsIgnoredFromAnUntrustedPeer() {
        String peer = SecondNode.freshLoopback();
        for (int i = 0; i < 5; i++) {
            badLogin(SecondNode.from(peer).header("X-Forwarded-For", SecondNode.freshRemote())).then().statusCode(401)
                    .header("X-RateLimit-Remaining", String.valueOf(4 - i));
        }
        assertError(badLogin(SecondNode.from(peer).header("X-Forwarded-For", SecondNode.freshRemote())), 429, "RATE_LIMIT_AUTH");
    }

    @Test
    void forwardedForFromTheTrustedProxyNamesTheClientByItsRightMostUntrustedHop() {
        String client = SecondNode.freshRemote();
        for (int i = 0; i < 5; i++) {
            String spoofed = SecondNode.freshRemote();
            badLogin(SecondNode.from(SecondNode.TRUSTED_PROXY).header("X-Forwarded-For", spoofed + ", " + client + ", 127.0.0.1"))
                    .then().statusCode(401).header("X-RateLimit-Remaining", String.valueOf(4 - i));
        }
        assertError(badLogin(SecondNode.from(SecondNode.TRUSTED_PROXY).header("X-Forwarded-For", client)), 429, "RATE_LIMIT_AUTH");
        badLogin(SecondNode.from(SecondNode.TRUSTED_PROXY).header("X-Forwarded-For", SecondNode.freshRemote() + ", " + SecondNode.freshRemote()))
                .then().statusCode(401).header("X-RateLimit-Remaining", "4");
    }

    @Test
    void theSecondFactorVerificationHasItsOwnLimitPerAddress() {
        String address = SecondNode.freshLoopback();
        Response refused = spend(10, 401, () -> SecondNode.from(address)
                .body(Map.of("mfaToken", "no such token", "code", "123456")).post("/api/2fa/verify"));
        assertLimited(refused, "RATE_LIMIT_AUTH", 10, "15 minutes", Duration.ofMinutes(15));
        badLogin(SecondNode.from(address)).then().statusCode(401).header("X-RateLimit-Remaining", "4");
    }

    @Test
    void otherAnonymousRoutesShareTheGlobalLimitButHealthAndTheDocumentAreNeverLimited() {
        String address = SecondNode.freshLoopback();
        for (int i = 0; i < 110; i++) {
            Response health = SecondNode.from(address).get("/api/health");
            health.then().statusCode(200);
            assertNull(health.header("X-RateLimit-Limit"), "health is not counted");
            SecondNode.from(address).get("/health/ready").then().statusCode(200);
        }
        SecondNode.from(address).accept("application/yaml").get("/openapi").then().statusCode(200);
        Response refused = spend(100, 401, () -> SecondNode.from(address).post("/api/devices/" + UUID.randomUUID() + "/challenge"));
        assertLimited(refused, "RATE_LIMIT_EXCEEDED", 100, "15 minutes", Duration.ofMinutes(15));
        badLogin(SecondNode.from(address)).then().statusCode(401).header("X-RateLimit-Remaining", "4");
    }

    @Test
    void refreshesAreLimitedPerAccountAndARefusedOneRotatesNothing() throws Exception {
        People.Person person = People.confirmedQuickly();
        String[] refresh = {People.login(person.email(), person.password()).path("data.refreshToken")};
        Response refused = spend(10, 200, () -> {
            Response response = SecondNode.from(SecondNode.freshLoopback()).body(Map.of("refreshToken", refresh[0])).post("/api/auth/refresh");
            if (response.statusCode() == 200) {
                refresh[0] = response.path("data.refreshToken");
            }
            return response;
        });
        assertLimited(refused, "RATE_LIMIT_AUTH", 10, "15 minutes", Duration.ofMinutes(15));
        Api.json().body(Map.of("refreshToken", refresh[0])).post("/api/auth/refresh").then().statusCode(200);
        People.Person other = People.confirmedQuickly();
        String otherRefresh = People.login(other.email(), other.password()).path("data.refreshToken");
        SecondNode.from(SecondNode.freshLoopback()).body(Map.of("refreshToken", otherRefresh)).post("/api/auth/refresh")
                .then().statusCode(200).header("X-RateLimit-Remaining", "9");
    }

    @Test
    void authenticatedCallsAreLimitedPerAccountAndEachApiKeyApart() throws Exception {
        People.Person person = People.confirmedQuickly();
        String access = People.accessToken(person);
        String address = SecondNode.freshLoopback();
        String key = SecondNode.from(address).auth().oauth2(access).body(Map.of("name", "ci", "scopes", List.of("accounts:read")))
                .post("/api/api-keys").then().statusCode(201).header("X-RateLimit-Remaining", "999").extract().path("data.key");
        List<Integer> passed = Api.concurrently(9, () -> {
            int ok = 0;
            for (int i = 0; i < 111; i++) {
                ok += SecondNode.from(address).auth().oauth2(access).get("/api/auth/me").statusCode() == 200 ? 1 : 0;
            }
            return ok;
        });
        assertEquals(999, passed.stream().mapToInt(Integer::intValue).sum(), "every call within the limit passes");
        Response refused = SecondNode.from(address).auth().oauth2(access).get("/api/auth/me");
        assertLimited(refused, "RATE_LIMIT_API", 1000, "1 hour", Duration.ofHours(1));
        refused.then().header("X-RateLimit-Remaining", "0");
        SecondNode.from(address).header("X-API-Key", key).get("/api/auth/me").then().statusCode(200)
                .header("X-RateLimit-Limit", "1000").header("X-RateLimit-Remaining", "999");
        String otherAccess = People.accessToken(People.confirmedQuickly());
        SecondNode.from(address).auth().oauth2(otherAccess).get("/api/auth/me").then().statusCode(200)
                .header("X-RateLimit-Remaining", "999");
    }

    @Test
    void totpSetupsAreLimitedPerAccountAndTheHeadersReportTheTighterLimit() throws Exception {
        String access = People.accessToken(People.confirmedQuickly());
        Response refused = spend(10, 200, () -> SecondNode.from(SecondNode.freshLoopback()).auth().oauth2(access).post("/api/2fa/totp/setup"));
        assertLimited(refused, "RATE_LIMIT_AUTH", 10, "15 minutes", Duration.ofMinutes(15));
        SecondNode.from(SecondNode.freshLoopback()).auth().oauth2(access).get("/api/auth/me").then().statusCode(200)
                .header("X-RateLimit-Limit", "1000").header("X-RateLimit-Remaining", "988");
    }

    @Test
    void deviceRegistrationKeepsItsContractLimitAndARefusalIsNeverReplayed() throws Exception {
        String access = People.accessToken(People.confirmedQuickly());
        Response refused = spend(3, 422, () -> SecondNode.from(SecondNode.freshLoopback()).auth().oauth2(access)
                .body(Map.of("name", "Phone", "publicKey", "not a key")).post("/api/devices"));
        assertLimited(refused, "RATE_LIMIT_DEVICE", 3, "24 hours", Duration.ofHours(24));
        String idempotencyKey = UUID.randomUUID().toString();
        for (int attempt = 5; attempt <= 6; attempt++) {
            Response again = SecondNode.from(SecondNode.freshLoopback()).auth().oauth2(access).header("Idempotency-Key", idempotencyKey)
                    .body(Map.of("name", "Phone", "publicKey", "not a key")).post("/api/devices");
            assertError(again, 429, "RATE_LIMIT_DEVICE");
            assertNull(again.header("Idempotent-Replayed"));
            again.then().body("error.details.attempts", equalTo(attempt));
        }
    }
}
