package dev.latchkey.platform.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains an outbox on the managed executor, never on a request's thread: right after a commit that
 * queued something ({@link #kick()}, within 20 ms), and every second for retries. One run at a time per node; a
 * kick during a run makes it go round once more. Rows are claimed with {@code SKIP LOCKED} by the
 * batches, so several nodes never send one thing twice.
 */
public abstract class OutboxDrain {

    static final long COALESCE_MILLIS = 20;
    private static final Logger LOG = Logger.getLogger(OutboxDrain.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean paused;
    private ScheduledFuture<?> poller;

    /** Sends one batch in its own transaction; answers how many were sent (0 ends the run). */
    protected abstract int nextBatch();

    /** Starts the retry loop; called once the application has started. */
    public synchronized void start() {
        if (poller == null) {
            poller = executor.scheduleWithFixedDelay(this::drain, 1, 1, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.cancel(false);
        }
    }

    /** Starts no more runs (a node stopping); a run under way finishes its batch. */
    public synchronized void pause() {
        paused = true;
        stop();
    }

    /** Whether a run is under way on this node. */
    public boolean busy() {
        return running.get();
    }

    /**
     * Something was queued and committed: drain within {@link #COALESCE_MILLIS}, so that the commits of
     * a busy moment go out in one batch (one claim, one commit) instead of one each.
     */
    protected void kick() {
        again.set(true);
        if (!running.get() && !scheduled.getAndSet(true)) {
            executor.schedule(() -> {
                scheduled.set(false);
                drain();
            }, COALESCE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    void drain() {
        if (paused || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            do {
                again.set(false);
                while (nextBatch() > 0) {
                    // keep going while something was sent
                }
            } while (again.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "{0} run failed: {1}", new Object[]{getClass().getSimpleName(), e.toString()});
        } finally {
            running.set(false);
        }
    }
}
