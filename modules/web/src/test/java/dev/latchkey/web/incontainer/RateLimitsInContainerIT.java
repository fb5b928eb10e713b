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
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.URI;
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

    private static int putMaintenance(HttpClient http, String url, String token, boolean enabled) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url + "/api/admin/maintenance")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":" + enabled + "}")).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
