package dev.latchkey.web.incontainer;

import dev.latchkey.platform.housekeeping.ExpiredBatches;
import dev.latchkey.platform.maintenance.Maintenance;
import dev.latchkey.platform.maintenance.UnderMaintenance;
import dev.latchkey.platform.housekeeping.Expiry;
import dev.latchkey.platform.ratelimit.RateLimitPolicy;
import dev.latchkey.platform.ratelimit.RateLimits;
import dev.latchkey.platform.ratelimit.Usage;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rate-limit counter, the housekeeping batch and maintenance mode, called as beans inside a
 * second node (the service's own WAR, deployed by Arquillian on a Payara Micro of its own, against
 * the test database), below the HTTP layer the black-box tests cover.
 */
@ExtendWith(ArquillianExtension.class)
class RateLimitsInContainerIT {

    @Deployment
    static WebArchive service() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/latchkey.war"))
                .addClass(RateLimitsInContainerIT.class);
    }

    @Inject
    RateLimits limits;
    @Inject
    RateLimitPolicy policy;
    @Inject
    ExpiredBatches batches;
    @Inject
    Maintenance maintenance;
    @Resource
    ManagedExecutorService executor;

    @Test
    void parallelHitsOnOneSubjectEachGetTheirOwnCount() throws Exception {
        String subject = "in-container-" + UUID.randomUUID();
        int limit = policy.limit(RateLimitPolicy.DEVICE_REGISTRATION).limit();
        int threads = limit + 20;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Usage>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(executor.submit(() -> {
                start.await();
                return limits.hit(RateLimitPolicy.DEVICE_REGISTRATION, subject);
            }));
        }
        start.countDown();
        List<Usage> usages = new ArrayList<>();
        for (Future<Usage> future : futures) {
            usages.add(future.get());
        }
        assertEquals(LongStream.rangeClosed(1, threads).boxed().toList(),
                usages.stream().map(Usage::hits).sorted().toList(), "every hit counted once, none lost");
        assertEquals(limit, usages.stream().filter(Usage::allowed).count());
        assertEquals(1, usages.stream().map(Usage::resetAt).distinct().count(), "one window");
    }

    @Test
    void aClosedWindowIsDeletedAndTheNextHitOpensANewOne() {
        String subject = "in-container-" + UUID.randomUUID();
        Usage first = limits.hit(RateLimitPolicy.DEVICE_REGISTRATION, subject);
        assertEquals(2, limits.hit(RateLimitPolicy.DEVICE_REGISTRATION, subject).hits());
        Expiry onlyThis = new Expiry("rate_limit_counter", "expires_at < ?1 and bucket = '"
                + RateLimitPolicy.DEVICE_REGISTRATION + ":" + subject + "'", Duration.ZERO);
        assertEquals(0, batches.delete(onlyThis, Instant.now()), "an open window stays");
        assertEquals(1, batches.delete(onlyThis, first.resetAt().plusSeconds(1)), "a closed one goes");
        assertEquals(1, limits.hit(RateLimitPolicy.DEVICE_REGISTRATION, subject).hits());
    }

    /** Maintenance turned on over HTTP at the other node holds here at once, and off again. */
    @Test
    void maintenanceSetOnTheOtherNodeHoldsHere() throws Exception {
        String url = System.getProperty("latchkey.it.url", "http://localhost:8181");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(url + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"login\":\"admin\",\"password\":\"administrator password\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        String token = login.body().replaceAll("(?s).*\"accessToken\":\"([^\"]+)\".*", "$1");
        try {
            assertEquals(200, putMaintenance(http, url, token, true));
            assertTrue(maintenance.current().enabled(), "this node sees it at once");
            assertThrows(UnderMaintenance.class, () -> maintenance.requireOff());
        } finally {
            assertEquals(200, putMaintenance(http, url, token, false));
            http.send(HttpRequest.newBuilder(URI.create(url + "/api/auth/logout")).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        }
        assertFalse(maintenance.current().enabled());
    }

    /**
     * Both nodes with the contract's limits (this one and the second test node), one database: 60
     * attempts at once from one client address (behind the trusted 127.0.0.1), spread over both, leave
     * exactly the limit's 10 through.
     */
    @Test
    @RunAsClient
    void sixtyParallelVerificationsAcrossTwoNodesLeaveExactlyTheLimitThrough(@ArquillianResource URL here) throws Exception {
        String client = "198.19." + (int) (Math.random() * 256) + "." + (1 + (int) (Math.random() * 254));
        List<Integer> statuses = acrossNodes(60, i -> post(node(here, i), "api/2fa/verify", client,
                "{\"mfaToken\":\"no such token\",\"code\":\"123456\"}", null));
        assertEquals(10, statuses.stream().filter(status -> status == 401).count(), here + " " + statuses);
        assertEquals(50, statuses.stream().filter(status -> status == 429).count(), statuses.toString());
    }

    /** Password spraying from 60 addresses at once against one login, over both nodes: exactly 5 tries. */
    @Test
    @RunAsClient
    void sixtyParallelSignInsForOneLoginFromSixtyAddressesAcrossTwoNodesLeaveExactlyFiveThrough(@ArquillianResource URL here) throws Exception {
        String login = "sprayed-" + UUID.randomUUID() + "@example.com";
        String block = "198.18." + (int) (Math.random() * 256) + ".";
        List<Integer> statuses = acrossNodes(60, i -> post(node(here, i), "api/auth/login", block + (i + 1),
                "{\"login\":\"" + login + "\",\"password\":\"not the password at all\"}", null));
        assertEquals(5, statuses.stream().filter(status -> status != 429).count(), "wrong passwords (401), then locked (423): " + statuses);
        assertEquals(55, statuses.stream().filter(status -> status == 429).count(), statuses.toString());
    }

    /**
     * The API limit is batched per node: over both nodes together it never lets more than the limit
     * through, and what it holds back is at most one batch per other node.
     */
    @Test
    @RunAsClient
    void theBatchedApiLimitNeverLetsMoreThanTheLimitThroughAcrossTwoNodes(@ArquillianResource URL here) throws Exception {
        String access = signUpAndSignIn();
        List<Integer> statuses = acrossNodes(1200, i -> get(node(here, i), "api/auth/me", access));
        long passed = statuses.stream().filter(status -> status == 200).count();
        assertTrue(passed <= 1000 && passed >= 1000 - 64, "passed " + passed + " of the limit 1000");
        assertEquals(1200 - passed, statuses.stream().filter(status -> status == 429).count(), "the rest is RATE_LIMIT_API");
    }

    private static String node(URL here, int i) {
        String second = System.getProperty("latchkey.it.limits-url", "http://127.0.0.1:8182") + "/";
        // by loopback, whatever host Arquillian names: the client must come from the trusted 127.0.0.1
        return i % 2 == 0 ? second : "http://127.0.0.1:" + here.getPort() + here.getPath();
    }

    interface Call {
        int send(int i) throws Exception;
    }

    private static List<Integer> acrossNodes(int calls, Call call) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(Math.min(calls, 60));
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.send(index);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static int post(String base, String path, String forwardedFor, String json, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor).POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int get(String base, String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A fresh confirmed account signed in at the main node (whose sign-in limits are raised); its access token. */
    private static String signUpAndSignIn() throws Exception {
        String url = System.getProperty("latchkey.it.url", "http://localhost:8181");
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String email = "batched-" + tag + "@example.com";
        HttpResponse<String> registered = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/api/accounts"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + email + "\",\"username\":\"b" + tag + "\",\"password\":\"correct horse battery staple\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, registered.statusCode(), registered.body());
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(System.getProperty("latchkey.it.db.url"), "latchkey", "latchkey");
             java.sql.PreparedStatement confirm = db.prepareStatement("update account set email_confirmed = true where email = ?")) {
            confirm.setString(1, email);
            assertEquals(1, confirm.executeUpdate());
        }
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"login\":\"" + email + "\",\"password\":\"correct horse battery staple\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        return login.body().replaceAll("(?s).*\"accessToken\":\"([^\"]+)\".*", "$1");
    }

    private static int putMaintenance(HttpClient http, String url, String token, boolean enabled) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url + "/api/admin/maintenance")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":" + enabled + "}")).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
