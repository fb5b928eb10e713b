package dev.latchkey.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A limit counted on a hot path (the API limit, refreshes, the global limit of anonymous calls) without a database write per
 * request: a node takes a batch of hits from the shared PostgreSQL counter at once and spends it
 * locally. The batch is a sixteenth of what was left at the last take, at most
 * {@code rate-limit.batch} (64) and at least 1, so close to the limit, and for any limit under 32,
 * every hit is counted in the database. A node only spends what the shared counter granted it, so all nodes
 * together never let more than the limit through; what another node took and has not spent yet
 * is missing for this one until the window ends (at most one batch per other node, which near the
 * limit is one hit). With {@code rate-limit.batch=1} every hit is counted in the database.
 * X-RateLimit-Remaining counts another node's unspent batch as spent.
 */
@ApplicationScoped
public class BatchedRateLimits {

    private static final int SHARE = 16;
    private static final int TIDY_ABOVE = 10_000;

    @Inject
    RateLimits counters;
    @Inject
    RateLimitPolicy policy;
    @Inject
    Clock clock;

    private final Map<String, Batch> batches = new ConcurrentHashMap<>();

    /** What this node may still spend of one subject's window: granted by the shared counter, not yet used. */
    private static final class Batch {
        Instant resetAt = Instant.EPOCH;
        long counted;
        long unspent;
    }

    /** Counts one hit of {@code subject} against the named limit, from this node's batch when it has one. */
    public Usage hit(String limitName, String subject) {
        RateLimit limit = policy.limit(limitName);
        if (!policy.enabled()) {
            return Usage.unlimited(limit, clock.instant());
        }
        Batch batch = batches.computeIfAbsent(limitName + ":" + subject, bucket -> new Batch());
        synchronized (batch) {
            Instant now = clock.instant();
            if (batch.unspent == 0 || !now.isBefore(batch.resetAt)) {
                take(limit, subject, batch, now);
            }
            long hits = batch.counted - batch.unspent + 1;
            if (batch.unspent > 0) {
                batch.unspent--;
            } else {
                hits = Math.max(hits, limit.limit() + 1L);
            }
            return counters.noted(new Usage(limit, hits, batch.resetAt, now));
        }
    }

    private void take(RateLimit limit, String subject, Batch batch, Instant now) {
        long left = now.isBefore(batch.resetAt) ? limit.limit() - batch.counted : limit.limit();
        int size = (int) Math.max(1, Math.min(policy.batch(), left / SHARE));
        RateLimits.Counted counted = counters.add(limit, subject, size);
        long before = counted.hits() - size;
        batch.resetAt = counted.resetAt();
        batch.counted = counted.hits();
        batch.unspent = Math.max(0, Math.min(size, limit.limit() - before));
        if (batches.size() > TIDY_ABOVE) {
            batches.values().removeIf(stale -> !now.isBefore(stale.resetAt));
        }
    }
}
