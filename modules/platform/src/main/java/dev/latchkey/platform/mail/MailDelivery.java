package dev.latchkey.platform.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox: right after a commit that queued mail, and every second for retries.
 * Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several nodes never send one mail twice.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;
    @Inject
    OutboxBatches batches;

    private final AtomicBoolean running = new AtomicBoolean();
    private ScheduledFuture<?> poller;

    /** Starts the retry loop; called once the application has started. */
    public synchronized void start() {
        if (poller == null) {
            poller = executor.scheduleWithFixedDelay(this::deliverDue, 1, 1, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.cancel(false);
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.MailQueued queued) {
        executor.execute(this::deliverDue);
    }

    /** Sends what is due; one run at a time on this node. */
    void deliverDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            while (batches.deliverNextBatch() > 0) {
                // keep going while full batches were sent
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail delivery run failed: {0}", e.toString());
        } finally {
            running.set(false);
        }
    }
}
