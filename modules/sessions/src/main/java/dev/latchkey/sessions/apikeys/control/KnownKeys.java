package dev.latchkey.sessions.apikeys.control;

import dev.latchkey.platform.invalidation.InvalidatedCache;
import dev.latchkey.platform.invalidation.Invalidations;
import dev.latchkey.sessions.apikeys.entity.ApiKey;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The live API keys this node has recently seen, by the hash of their secret, so a key check needs
 * no database read. Revoking announces it on the invalidation channel ({@link #revoked}), which
 * drops the key on every node when the revocation commits ({@link InvalidatedCache}).
 */
@ApplicationScoped
public class KnownKeys implements Invalidations.Subscriber {

    private static final int MAX_ENTRIES = 100_000;
    private static final String KEY = "api-key:";

    /** What a key check needs of a live key. */
    public record Entry(UUID keyId, UUID accountId, List<String> scopes) {
        public static Entry of(ApiKey key) {
            return new Entry(key.id(), key.accountId(), List.copyOf(key.scopes()));
        }
    }

    @Inject
    Invalidations invalidations;

    private InvalidatedCache<String, Entry> entries;

    @PostConstruct
    void subscribe() {
        entries = new InvalidatedCache<>(invalidations, MAX_ENTRIES);
        invalidations.subscribe(this);
    }

    /** The live key with this secret hash, if this node holds it. */
    public Optional<Entry> cached(String secretHash) {
        return entries.cached(secretHash);
    }

    /** Reads the key with {@code read} and keeps it if it is live and nothing was revoked meanwhile. */
    public Optional<ApiKey> load(String secretHash, Supplier<Optional<ApiKey>> read) {
        return entries.load(secretHash, read, key -> key.filter(k -> !k.isRevoked()).map(Entry::of));
    }

    /** In the transaction that revokes it: the key stops working everywhere when it commits. */
    public void revoked(UUID keyId) {
        invalidations.announce(KEY + keyId);
    }

    @Override
    public void invalidated(String key) {
        if (key.startsWith(KEY)) {
            UUID keyId = UUID.fromString(key.substring(KEY.length()));
            entries.dropIf(entry -> entry.keyId().equals(keyId));
        }
    }

    @Override
    public void forgetAll() {
        entries.dropAll();
    }
}
