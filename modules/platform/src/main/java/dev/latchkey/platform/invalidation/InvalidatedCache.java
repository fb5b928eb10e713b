package dev.latchkey.platform.invalidation;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What a node keeps in memory of rows other nodes may change: entries are trusted only while the
 * node hears the invalidation channel, and a read that overlapped an invalidation is not kept (the
 * generation moved meanwhile), so a drop can never be undone by a late read of the old row.
 */
public final class InvalidatedCache<K, V> {

    private final Invalidations invalidations;
    private final int maxEntries;
    private final Map<K, V> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public InvalidatedCache(Invalidations invalidations, int maxEntries) {
        this.invalidations = invalidations;
        this.maxEntries = maxEntries;
    }

    /** The entry, if this node may trust what it holds. */
    public Optional<V> cached(K key) {
        return invalidations.listening() ? Optional.ofNullable(entries.get(key)) : Optional.empty();
    }

    /** Reads with {@code read} and keeps what {@code keep} makes of the result, unless anything was dropped meanwhile. */
    public <T> T load(K key, Supplier<T> read, Function<T, Optional<V>> keep) {
        long before = generation.get();
        T value = read.get();
        keep.apply(value).ifPresent(entry -> {
            if (invalidations.listening() && generation.get() == before) {
                if (entries.size() >= maxEntries) {
                    entries.clear();
                }
                entries.put(key, entry);
            }
        });
        return value;
    }

    public void drop(K key) {
        generation.incrementAndGet();
        entries.remove(key);
    }

    public void dropIf(Predicate<V> which) {
        generation.incrementAndGet();
        entries.values().removeIf(which);
    }

    public void dropAll() {
        generation.incrementAndGet();
        entries.clear();
    }
}
