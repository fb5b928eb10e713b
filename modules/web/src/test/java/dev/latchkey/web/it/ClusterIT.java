package dev.latchkey.web.it;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./latchkey cluster 2}: two Payara Micro nodes on one private PostgreSQL behind HAProxy. Sign-in
 * through the balancer, logout on one node seen on the other at once, a limit exact across nodes, a
 * node killed with {@code kill -9} under load (its clients see no 5xx beyond what was in flight) and
 * started again by the cluster, rejoining the balancer; a node stopped with TERM under load losing no request.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static final int PORT = LatchkeyRunIT.freePort();
    static final int NODE1 = LatchkeyRunIT.freePort();
    static final int NODE2 = LatchkeyRunIT.freePort();
    static final int DB_PORT = LatchkeyRunIT.freePort();
    static Path work;
    static Process cluster;

    @BeforeAll
    static void start() throws Exception {
        work = Files.createTempDirectory("latchkey-cluster");
        Files.setPosixFilePermissions(work, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder builder = new ProcessBuilder("./latchkey", "cluster", "2").directory(Scripts.PROJECT.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve("cluster.log").toFile());
        for (String unset : List.of("LATCHKEY_PROFILE", "DB_URL", "MAIL_SMTP_HOST", "SECRETS_KEY_FILE", "HTTP_TRUSTED_PROXIES")) {
            builder.environment().remove(unset);
        }
        builder.environment().put("LATCHKEY_PORT", String.valueOf(PORT));
        builder.environment().put("LATCHKEY_NODE_PORTS", NODE1 + "," + NODE2);
        builder.environment().put("LATCHKEY_DB_PORT", String.valueOf(DB_PORT));
        builder.environment().put("LATCHKEY_DATA", work.resolve("data").toString());
        builder.environment().put("ACCOUNTS_EMAIL_CONFIRMATION_REQUIRED", "false");
        builder.environment().put("RATE_LIMIT_AUTH_LIMIT", "100000");
        builder.environment().put("RATE_LIMIT_GLOBAL_LIMIT", "100000");
        builder.environment().put("RATE_LIMIT_API_LIMIT", "100000");
        cluster = builder.start();
        long deadline = System.currentTimeMillis() + 480_000;
        while (System.currentTimeMillis() < deadline && cluster.isAlive()) {
            if (ready(PORT) && ready(NODE1) && ready(NODE2)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the cluster did not become ready; log:\n" + Files.readString(work.resolve("cluster.log")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.destroy();
            boolean stopped = cluster.waitFor(90, TimeUnit.SECONDS);
            cluster.destroyForcibly();
            assertTrue(stopped, "the cluster stops on SIGTERM");
        }
    }

    static boolean ready(int port) {
        try {
            return RestAssured.given().baseUri("http://127.0.0.1:" + port).get("/health/ready").statusCode() == 200;
        } catch (Exception e) { // RestAssured rethrows ConnectException unchecked
            return false;
        }
    }

    /** Waits (up to 5 minutes) for a node the cluster is starting again. */
    static void awaitReady(int port) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 300_000;
        while (!ready(port) && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
    }

    static RequestSpecification at(int port) {
        return RestAssured.given().baseUri("http://127.0.0.1:" + port).contentType("application/json");
    }

    interface Step {
        void run() throws Exception;
    }

    /** A node's process that got a signal under load, and what the load's clients saw. */
    record Signalled(long pid, int requests, long failed) {
    }

    /**
     * Sends {@code signal} to node {@code node} (1 or 2) a second into a load of four clients through the
     * balancer, lets the load run {@code thenMillis} more, and counts the answers that were not 200.
     */
    static Signalled signalUnderLoad(String access, int node, String signal, long thenMillis) throws Exception {
        long pid = Long.parseLong(Files.readString(work.resolve("data/cluster/node-" + node + ".pid")).strip());
        List<Integer> statuses = underLoad(access, () -> Scripts.run(work, Map.of(), "kill", signal, String.valueOf(pid)), thenMillis);
        long failed = statuses.stream().filter(s -> s != 200).count();
        Map<Integer, Long> failures = statuses.stream().filter(s -> s != 200)
                .collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        System.out.printf("kill %s of node %d under load: %d requests through the balancer, %d failed %s (status: count, -1 no answer)%n",
                signal, node, statuses.size(), failed, failures);
        assertTrue(statuses.size() > 100, "the load ran: " + statuses.size());
        return new Signalled(pid, statuses.size(), failed);
    }

    /** Four clients call {@code GET /api/auth/me} through the balancer; after a second {@code step} runs; their answers (-1: no answer). */
    private static List<Integer> underLoad(String access, Step step, long thenMillis) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        List<Thread> clients = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread client = new Thread(() -> {
                while (running.get()) {
                    try {
                        statuses.add(at(PORT).auth().oauth2(access).get("/api/auth/me").statusCode());
                    } catch (Exception e) {
                        statuses.add(-1);
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        try {
            Thread.sleep(1_000);
            step.run();
            Thread.sleep(thenMillis);
        } finally {
            running.set(false);
            for (Thread client : clients) {
                client.join(30_000);
            }
        }
        return List.copyOf(statuses);
    }

    static String signIn(String who) {
        String email = who + "-" + UUID.randomUUID() + "@example.com";
        at(PORT).body(Map.of("email", email, "username", "u" + UUID.randomUUID().toString().substring(0, 12), "password", "correct horse battery"))
                .post("/api/accounts").then().statusCode(201);
        return at(PORT).body(Map.of("login", email, "password", "correct horse battery")).post("/api/auth/login")
                .then().statusCode(200).extract().path("data.accessToken");
    }

    @Test
    @Order(1)
    void signInThroughTheBalancerAndLogOutOnOneNodeIsSeenOnTheOtherAtOnce() {
        String access = signIn("cluster");
        at(NODE1).auth().oauth2(access).get("/api/auth/me").then().statusCode(200);
        at(NODE2).auth().oauth2(access).get("/api/auth/me").then().statusCode(200);
        at(NODE1).auth().oauth2(access).post("/api/auth/logout").then().statusCode(204);
        at(NODE2).auth().oauth2(access).get("/api/auth/me").then().statusCode(401);
        at(PORT).auth().oauth2(access).get("/api/auth/me").then().statusCode(401);
    }

    /** The device-registration limit (3 a day) holds across both nodes: eight at once through the balancer, three pass. */
    @Test
    @Order(2)
    void aLimitIsExactAcrossNodes() throws Exception {
        String access = signIn("limits");
        List<Integer> statuses = Api.concurrently(8, () -> {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC");
            generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
            String key = java.util.Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
            return at(PORT).auth().oauth2(access).body(Map.of("name", "phone", "publicKey", key)).post("/api/devices").statusCode();
        });
        assertEquals(3, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 429).count(), statuses.toString());
    }

    /**
     * Four clients call through the balancer while node 1 is killed with SIGKILL: no GET fails (the balancer
     * sends a GET whose node died before answering to the other node); the cluster starts node 1 again and
     * the balancer sends to it once it is ready.
     */
    @Test
    @Order(3)
    void aNodeKilledUnderLoadCostsNoGetAndRejoins() throws Exception {
        String access = signIn("load");
        Signalled killed = signalUnderLoad(access, 1, "-9", 5_000);
        assertEquals(0, killed.failed(), killed.failed() + " of " + killed.requests() + " failed");
        // started again by the cluster, ready, and back in the balancer's rotation
        awaitReady(NODE1);
        assertTrue(ready(NODE1), "node 1 is back");
        long newPid = Long.parseLong(Files.readString(work.resolve("data/cluster/node-1.pid")).strip());
        assertTrue(newPid != killed.pid(), "a new process");
        Thread.sleep(3_000); // two readiness checks of the balancer
        String series = MetricsIT.series("latchkey_requests_seconds_count", "method", "GET", "route", "/api/auth/me", "status", "200");
        double before = MetricsIT.value("http://127.0.0.1:" + NODE1, series);
        for (int i = 0; i < 20; i++) {
            at(PORT).auth().oauth2(access).get("/api/auth/me").then().statusCode(200);
        }
        assertTrue(MetricsIT.value("http://127.0.0.1:" + NODE1, series) >= before + 5, "the balancer sends to node 1 again");
        Response health = at(PORT).get("/api/health");
        assertEquals(200, health.statusCode());
    }

    /**
     * Node 2 gets SIGTERM while four clients call through the balancer: it turns not ready, the balancer takes
     * it out before it stops serving, and every request is answered (none lost); the cluster then starts it again.
     */
    @Test
    @Order(4)
    void aNodeStoppedWithTermUnderLoadLosesNoRequest() throws Exception {
        String access = signIn("drain");
        Signalled stopped = signalUnderLoad(access, 2, "-TERM", 6_000);
        assertEquals(0, stopped.failed(), "no request lost while node 2 drained");
        awaitReady(NODE2);
        assertTrue(ready(NODE2), "node 2 is back");
    }
}
