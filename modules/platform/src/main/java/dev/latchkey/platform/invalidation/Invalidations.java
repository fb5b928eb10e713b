package dev.latchkey.platform.invalidation;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The invalidation channel (PostgreSQL NOTIFY on {@value #CHANNEL}). {@link #announce} sends a key
 * with the transaction under way: PostgreSQL delivers it to every listening node when, and only
 * if, the transaction commits, and the announcing request does not answer before this node has
 * heard it too (at most {@value #HEAR_OWN_MILLIS} ms), by which time every node has been sent it.
 * Each node listens on a connection of its own; while it has none (the database is away, the
 * connection broke) {@link #listening()} is false and caches must not be trusted, and when it
 * listens again every subscriber is told to forget everything, since announcements may have been
 * missed meanwhile.
 */
@ApplicationScoped
public class Invalidations {

    static final String CHANNEL = "latchkey_invalidation";
    static final long HEAR_OWN_MILLIS = 2_000;
    private static final int POLL_MILLIS = 5_000;
    private static final Logger LOG = Logger.getLogger(Invalidations.class.getName());

    /** What a cache does with the channel's news. */
    public interface Subscriber {
        /** {@code key} changed somewhere: drop it. */
        void invalidated(String key);

        /** Announcements may have been missed: drop everything. */
        void forgetAll();
    }

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;
    @Resource
    TransactionSynchronizationRegistry transactions;
    @Resource
    ManagedThreadFactory threads;

    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, CompletableFuture<Void>> awaited = new ConcurrentHashMap<>();
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private volatile boolean listening;
    private volatile boolean stopped;
    private volatile Thread listener;

    public void subscribe(Subscriber subscriber) {
        subscribers.add(subscriber);
    }

    /** Whether this node hears announcements now; if not, nothing cached may be trusted. */
    public boolean listening() {
        return listening;
    }

    /** Announces, within the transaction under way, that what {@code key} names has changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(String key) {
        String id = node + "." + sequence.incrementAndGet();
        CompletableFuture<Void> heard = new CompletableFuture<>();
        awaited.put(id, heard);
        em.createNativeQuery("select pg_notify(?1, ?2)").setParameter(1, CHANNEL).setParameter(2, id + " " + key).getSingleResult();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                try {
                    if (status == Status.STATUS_COMMITTED && listening) {
                        heard.get(HEAR_OWN_MILLIS, TimeUnit.MILLISECONDS);
                    }
                } catch (Exception notHeardInTime) {
                    LOG.fine(() -> "invalidation " + id + " not heard back in time");
                } finally {
                    awaited.remove(id);
                }
            }
        });
    }

    /** Starts listening; called once the application has started. */
    public synchronized void start() {
        if (listener == null) {
            listener = threads.newThread(this::listen);
            listener.setName("latchkey-invalidation-listener");
            listener.setDaemon(true);
            listener.start();
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        while (!stopped) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("listen " + CHANNEL);
                subscribers.forEach(Subscriber::forgetAll);
                listening = true;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (!stopped) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications == null || notifications.length == 0) {
                        statement.execute("select 1");
                        continue;
                    }
                    for (PGNotification notification : notifications) {
                        deliver(notification.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (listening) {
                    LOG.log(Level.WARNING, "Stopped hearing invalidations; caches are bypassed until the database is back: " + e);
                }
            } finally {
                listening = false;
                subscribers.forEach(Subscriber::forgetAll);
            }
            pause();
        }
    }

    private void deliver(String payload) {
        int space = payload.indexOf(' ');
        String key = payload.substring(space + 1);
        subscribers.forEach(subscriber -> subscriber.invalidated(key));
        CompletableFuture<Void> own = awaited.get(payload.substring(0, Math.max(space, 0)));
        if (own != null) {
            own.complete(null);
        }
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("db.url", String.class),
                config.getOptionalValue("db.user", String.class).orElse(null),
                config.getOptionalValue("db.password", String.class).orElse(null));
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }
}
