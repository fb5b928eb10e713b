package dev.latchkey.platform.webhooks;

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
 * Runs {@link WebhookBatches} right after a commit that queued events, and every second for retries;
 * one run at a time on a node, on the managed executor, never on a request's thread.
 */
@ApplicationScoped
public class WebhookDispatch {

    private static final Logger LOG = Logger.getLogger(WebhookDispatch.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;
    @Inject
    WebhookBatches batches;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
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

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookEvents.Queued queued) {
        again.set(true);
        if (!running.get()) {
            executor.execute(this::deliverDue);
        }
    }

    void deliverDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            do {
                again.set(false);
                while (batches.deliverNextBatch() > 0) {
                    // keep going while something was delivered
                }
            } while (again.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook delivery run failed: {0}", e.toString());
        } finally {
            running.set(false);
        }
    }
}
