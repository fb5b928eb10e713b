package dev.latchkey.platform.housekeeping;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes expired rows (used nonces, spent challenges, old tokens, sent mail, idempotency
 * records past 24 h, closed rate-limit windows) every {@code housekeeping.interval} (PT10M), in
 * batches. Several nodes may run it at once: deleting what another already deleted is harmless.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;
    @Inject
    @Any
    Instance<ExpiringRows> owners;
    @Inject
    ExpiredBatches batches;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "housekeeping.interval", defaultValue = "PT10M")
    String interval;

    private final AtomicBoolean running = new AtomicBoolean();
    private ScheduledFuture<?> schedule;

    /** Starts the schedule; called once the application has started. */
    public synchronized void start() {
        if (schedule == null) {
            long millis = Duration.parse(interval).toMillis();
            schedule = executor.scheduleWithFixedDelay(this::purge, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** One run over every expiry; one run at a time on this node. */
    void purge() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant now = clock.instant();
            for (ExpiringRows owner : owners) {
                for (Expiry expiry : owner.expiries()) {
                    long deleted = 0;
                    int batch;
                    do {
                        batch = batches.delete(expiry, now);
                        deleted += batch;
                    } while (batch == ExpiredBatches.BATCH);
                    if (deleted > 0) {
                        LOG.log(Level.FINE, "Deleted {0} expired rows of {1}", new Object[]{deleted, expiry.table()});
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Housekeeping run failed: {0}", e.toString());
        } finally {
            running.set(false);
        }
    }
}
