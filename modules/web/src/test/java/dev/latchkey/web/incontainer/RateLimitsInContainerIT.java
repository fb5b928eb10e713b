package dev.latchkey.web.incontainer;

import dev.latchkey.platform.housekeeping.ExpiredBatches;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The rate-limit counter and the housekeeping batch, called as beans inside the server (the
 * service's own WAR, deployed by Arquillian on a Payara Micro of its own, against the test
 * database), below the HTTP layer that RateLimitIT covers.
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
}
