package dev.latchkey.web.health;

import dev.latchkey.platform.mail.MailDelivery;
import dev.latchkey.platform.webhooks.WebhookDispatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Stopping a node without losing a request. On SIGTERM (with {@code shutdown.graceful}, true) the node
 * first reports not ready ({@code /health/ready} DOWN, so a balancer stops sending), keeps serving for
 * {@code shutdown.drain-delay} (PT2S, the balancer's check interval) while it notices, lets the
 * requests in flight and the outboxes' running batches finish, and exits: all within
 * {@code shutdown.timeout} (PT20S), then the server's own shutdown runs. A second TERM, or Ctrl-C,
 * stops at once.
 */
@ApplicationScoped
public class GracefulStop {

    private static final Logger LOG = Logger.getLogger(GracefulStop.class.getName());

    @Inject
    @ConfigProperty(name = "shutdown.graceful", defaultValue = "true")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "shutdown.drain-delay", defaultValue = "PT2S")
    Duration drainDelay;
    @Inject
    @ConfigProperty(name = "shutdown.timeout", defaultValue = "PT20S")
    Duration timeout;
    @Inject
    MailDelivery mail;
    @Inject
    WebhookDispatch webhooks;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();

    /** Takes over SIGTERM; called once as the application starts. */
    void install() {
        if (!enabled) {
            return;
        }
        // the signal arrives on a JVM thread that knows no application: the drain runs with the application's loader
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        try {
            TermSignal.onTerm(() -> {
                if (draining.get()) {
                    Runtime.getRuntime().halt(143);
                }
                Thread drain = new Thread(this::drainThenExit, "latchkey-graceful-stop");
                drain.setContextClassLoader(application);
                drain.setDaemon(false);
                drain.start();
            });
        } catch (LinkageError | IllegalArgumentException | UnsupportedOperationException e) {
            LOG.warning(() -> "SIGTERM stays with the server (no graceful stop): " + e);
        }
    }

    public boolean draining() {
        return draining.get();
    }

    void started() {
        inFlight.incrementAndGet();
    }

    void finished() {
        inFlight.decrementAndGet();
    }

    void drainThenExit() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            LOG.info(() -> "SIGTERM: not ready from now; serving " + drainDelay.toMillis() + " ms more, then finishing what is in flight");
            sleepUntil(Math.min(deadline, System.nanoTime() + drainDelay.toNanos()));
            mail.pause();
            webhooks.pause();
            while (System.nanoTime() < deadline && (inFlight.get() > 0 || mail.busy() || webhooks.busy())) {
                sleepUntil(System.nanoTime() + 20_000_000L);
            }
            int left = inFlight.get();
            LOG.info(() -> "Stopping: " + left + " requests still in flight");
        } finally {
            System.exit(0);
        }
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
