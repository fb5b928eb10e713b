package dev.latchkey.web.it;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's first command, from a clean clone: {@code ./latchkey run} builds, creates its
 * own PostgreSQL and serves until /health/ready answers 200; stopping it stops both.
 */
class LatchkeyRunIT {

    static final int PORT = freePort();
    static final int DB_PORT = freePort();

    /**
     * A port free now, between 26000 and 32000: above the EAR test's Payara Server ports (24000 on), below
     * Linux's ephemeral range (32768–60999), where a port the kernel handed out could
     * meanwhile become the local port of one of the suite's many client connections, and the server's
     * bind would fail with "Address already in use".
     */
    public static int freePort() {
        int start = 26_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(6_000);
        for (int i = 0; i < 6_000; i++) {
            int port = 26_000 + (start - 26_000 + i) % 6_000;
            try (java.net.ServerSocket socket = new java.net.ServerSocket(port)) {
                return socket.getLocalPort();
            } catch (java.io.IOException taken) {
                // try the next one
            }
        }
        throw new IllegalStateException("no free port between 26000 and 32000");
    }

    @Test
    void aCleanCloneServesWithOneCommand() throws Exception {
        Path work = Files.createTempDirectory("latchkey-clone");
        // open to the postgres user, which runs the private database when the tests run as root
        Files.setPosixFilePermissions(work, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Path clone = work.resolve("latchkey");
        Scripts.run(work, Map.of(), "git", "clone", "--quiet", Scripts.PROJECT.toString(), clone.toString());
        Path log = work.resolve("run.log");
        ProcessBuilder builder = new ProcessBuilder("./latchkey", "run").directory(clone.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("LATCHKEY_PROFILE");
        builder.environment().remove("DB_URL");
        // as a fresh machine has it: no keys configured, no SMTP server
        for (String unset : List.of("TOKENS_SIGNING_KEY", "SECRETS_ENCRYPTION_KEY", "SECRETS_KEY_FILE", "MAIL_SMTP_HOST")) {
            builder.environment().remove(unset);
        }
        builder.environment().put("LATCHKEY_PORT", String.valueOf(PORT));
        builder.environment().put("LATCHKEY_DB_PORT", String.valueOf(DB_PORT));
        builder.environment().put("LATCHKEY_DATA", work.resolve("data").toString());
        // the policies of CONTRACT.md section 5 are set the MicroProfile Config way
        builder.environment().put("ACCOUNTS_APPROVAL_REQUIRED", "true");
        builder.environment().put("ACCOUNTS_GROUP_REQUIRED", "true");
        builder.environment().put("ACCOUNTS_EMAIL_CONFIRMATION_REQUIRED", "false");
        builder.environment().put("SESSIONS_REFRESH_REUSE_GRACE", "PT0S");
        // this walk makes more than the contract's 5 auth calls from one address in 15 minutes
        builder.environment().put("RATE_LIMIT_AUTH_LIMIT", "50");
        builder.environment().put("ADMIN_EMAIL", "root@example.com");
        builder.environment().put("ADMIN_PASSWORD", "an administrator's passphrase");
        Process run = builder.start();
        try {
            int status = awaitReady(run, Duration.ofMinutes(8));
            assertEquals(200, status, "ready; log:\n" + tail(log));
            HttpResponse<String> health = get("/api/health");
            assertEquals("{\"status\":\"healthy\",\"checks\":{\"database\":\"up\"}}", health.body());
            assertTrue(Files.exists(work.resolve("data/pgdata/PG_VERSION")), "private data directory created");
            Path keys = work.resolve("data/keys.properties");
            assertTrue(Files.exists(keys), "the keys are generated beside the data, outside the database");
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)));
            assertTrue(Files.readString(log).contains("No MAIL_SMTP_HOST set"), "says at start-up that mail goes to the log");
            policiesComeFromTheEnvironment();
        } finally {
            run.destroy();
            assertTrue(run.waitFor(90, TimeUnit.SECONDS), "stops on SIGTERM");
        }
        String status = Scripts.run(clone, Map.of("LATCHKEY_DATA", work.resolve("data").toString(),
                "LATCHKEY_DB_PORT", String.valueOf(DB_PORT)), "bash", "-c", "./latchkey db status || true");
        assertTrue(status.contains("no server running"), "the database stopped with the service: " + status);
        Scripts.run(work.getParent(), Map.of(), "rm", "-rf", work.toString());
    }

    /** approval-required makes new accounts PENDING; group-required refuses sign-in without a group. */
    private static void policiesComeFromTheEnvironment() throws Exception {
        String email = "policy-" + java.util.UUID.randomUUID() + "@example.com";
        HttpResponse<String> registered = post("/api/accounts", "{\"email\":\"" + email + "\",\"username\":\"policy"
                + email.substring(7, 15) + "\",\"password\":\"correct horse battery\"}");
        assertEquals(201, registered.statusCode(), registered.body());
        assertTrue(registered.body().contains("\"status\":\"PENDING\""), registered.body());
        HttpResponse<String> pending = post("/api/auth/login", "{\"login\":\"" + email + "\",\"password\":\"correct horse battery\"}");
        assertEquals(403, pending.statusCode(), pending.body());
        assertTrue(pending.body().contains("ACCOUNT_PENDING"), pending.body());
        // administrators sign in whatever accounts.group-required says, and approve
        HttpResponse<String> admin = post("/api/auth/login", "{\"login\":\"admin\",\"password\":\"an administrator's passphrase\"}");
        assertEquals(200, admin.statusCode(), admin.body());
        String adminToken = JsonPath.from(admin.body()).getString("data.accessToken");
        String accountId = JsonPath.from(registered.body()).getString("data.id");
        assertEquals(200, send("POST", "/api/admin/accounts/" + accountId + "/approve", adminToken, "").statusCode());
        HttpResponse<String> noGroup = post("/api/auth/login", "{\"login\":\"" + email + "\",\"password\":\"correct horse battery\"}");
        assertEquals(403, noGroup.statusCode(), noGroup.body());
        assertTrue(noGroup.body().contains("\"code\":\"NO_GROUP\"") && noGroup.body().contains("\"group_id\":null"), noGroup.body());

        // in a group the account signs in; once the group is deleted it hears GROUP_DELETED
        HttpResponse<String> group = send("POST", "/api/admin/groups", adminToken, "{\"name\":\"Staff\"}");
        assertEquals(201, group.statusCode(), group.body());
        String groupId = JsonPath.from(group.body()).getString("data.id");
        assertEquals(200, send("PUT", "/api/admin/accounts/" + accountId + "/group", adminToken, "{\"groupId\":\"" + groupId + "\"}").statusCode());
        assertEquals(200, post("/api/auth/login", "{\"login\":\"" + email + "\",\"password\":\"correct horse battery\"}").statusCode());
        assertEquals(204, send("DELETE", "/api/admin/groups/" + groupId, adminToken, "").statusCode());
        HttpResponse<String> deleted = post("/api/auth/login", "{\"login\":\"" + email + "\",\"password\":\"correct horse battery\"}");
        assertEquals(403, deleted.statusCode(), deleted.body());
        assertTrue(deleted.body().contains("\"code\":\"GROUP_DELETED\"") && deleted.body().contains(groupId), deleted.body());

        // sessions.refresh-reuse-grace = PT0S: presenting a rotated-out token again ends the session at once
        String refresh = JsonPath.from(admin.body()).getString("data.refreshToken");
        HttpResponse<String> rotated = post("/api/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}");
        assertEquals(200, rotated.statusCode(), rotated.body());
        HttpResponse<String> reused = post("/api/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}");
        assertEquals(401, reused.statusCode(), reused.body());
        String next = JsonPath.from(rotated.body()).getString("data.refreshToken");
        HttpResponse<String> afterReuse = post("/api/auth/refresh", "{\"refreshToken\":\"" + next + "\"}");
        assertTrue(afterReuse.body().contains("REFRESH_TOKEN_REVOKED"), "the session ended: " + afterReuse.body());
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .method(method, json.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int awaitReady(Process run, Duration limit) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        int last = -1;
        while (Instant.now().isBefore(deadline) && run.isAlive()) {
            try {
                last = get("/health/ready").statusCode();
                if (last == 200) {
                    return last;
                }
            } catch (java.io.IOException notYet) {
                last = -1;
            }
            Thread.sleep(1000);
        }
        return last;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String tail(Path log) throws java.io.IOException {
        String text = Files.readString(log);
        return text.substring(Math.max(0, text.length() - 4000));
    }
}
