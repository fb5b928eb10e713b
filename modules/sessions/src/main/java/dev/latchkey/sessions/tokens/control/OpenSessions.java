package dev.latchkey.sessions.tokens.control;

import dev.latchkey.platform.invalidation.InvalidatedCache;
import dev.latchkey.platform.invalidation.Invalidations;
import dev.latchkey.sessions.tokens.entity.Session;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The open sessions this node has recently seen, so a token check needs no database read: an
 * entry says the session was open and until when. Ending sessions announces it on the
 * invalidation channel ({@link #ended}, {@link #accountEnded}, {@link #deviceEnded}), which
 * drops the entries on every node when the change commits ({@link InvalidatedCache}: a read that
 * overlapped an invalidation is not kept, and nothing is trusted while the node does not hear the
 * channel).
 */
@ApplicationScoped
public class OpenSessions implements Invalidations.Subscriber {

    private static final int MAX_ENTRIES = 200_000;
    private static final String SESSION = "session:";
    private static final String ACCOUNT = "account-sessions:";
    private static final String DEVICE = "device-sessions:";

    /** What is known of an open session. */
    public record Entry(UUID sessionId, UUID accountId, Optional<UUID> deviceId, Instant expiresAt) {
        static Entry of(Session session) {
            return new Entry(session.id(), session.accountId(), session.deviceId(), session.expiresAt());
        }
    }

    @Inject
    Invalidations invalidations;

    private InvalidatedCache<UUID, Entry> entries;

    @PostConstruct
    void subscribe() {
        entries = new InvalidatedCache<>(invalidations, MAX_ENTRIES);
        invalidations.subscribe(this);
    }

    /** The cached entry of an open session, if this node may trust it. */
    public Optional<Entry> cached(UUID sessionId) {
        return entries.cached(sessionId);
    }

    /** Reads the session with {@code read} and keeps it if it is open and no invalidation arrived meanwhile. */
    public Optional<Session> load(UUID sessionId, Instant now, Supplier<Optional<Session>> read) {
        return entries.load(sessionId, read, session -> session.filter(s -> !s.isEnded() && !s.isExpired(now)).map(Entry::of));
    }

    /** In the transaction that ends it: the session stops being trusted everywhere when it commits. */
    public void ended(UUID sessionId) {
        invalidations.announce(SESSION + sessionId);
    }

    /** In the transaction that ends them: every session of the account. */
    public void accountEnded(UUID accountId) {
        invalidations.announce(ACCOUNT + accountId);
    }

    /** In the transaction that ends them: every session bound to the device. */
    public void deviceEnded(UUID deviceId) {
        invalidations.announce(DEVICE + deviceId);
    }

    @Override
    public void invalidated(String key) {
        if (key.startsWith(SESSION)) {
            entries.drop(UUID.fromString(key.substring(SESSION.length())));
        } else if (key.startsWith(ACCOUNT)) {
            UUID account = UUID.fromString(key.substring(ACCOUNT.length()));
            entries.dropIf(entry -> entry.accountId().equals(account));
        } else if (key.startsWith(DEVICE)) {
            UUID device = UUID.fromString(key.substring(DEVICE.length()));
            entries.dropIf(entry -> entry.deviceId().filter(device::equals).isPresent());
        }
    }

    @Override
    public void forgetAll() {
        entries.dropAll();
    }
}
