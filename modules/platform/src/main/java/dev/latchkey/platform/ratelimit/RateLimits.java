package dev.latchkey.platform.ratelimit;

import dev.latchkey.kernel.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Counts hits against a limit in PostgreSQL, so a limit holds exactly across threads and nodes:
 * one upsert adds the hits and opens a new window when the old one has passed, and returns the
 * count. Each hit is its own transaction, so it counts whatever the request then does; it commits
 * without waiting for the disk (a counter is not worth an fsync: a database crash may forget the
 * last fraction of a second of hits). Every usage is noted in the request's
 * {@link RateLimitUsages}, for the X-RateLimit-* headers.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RateLimits {

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    RateLimitPolicy policy;
    @Inject
    RateLimitUsages usages;

    /** Counts one hit of {@code subject} (an account id, an address) against the named limit. */
    public Usage hit(String limitName, String subject) {
        RateLimit limit = policy.limit(limitName);
        if (!policy.enabled()) {
            return Usage.unlimited(limit, clock.instant());
        }
        Counted counted = add(limit, subject, 1);
        return noted(new Usage(limit, counted.hits(), counted.resetAt(), counted.at()));
    }

    /** Adds {@code count} hits to the subject's counter of the limit; the window opens with the first. */
    public Counted add(RateLimit limit, String subject, int count) {
        Instant now = clock.instant();
        // one round trip: the upsert and "commit without waiting for the disk" (V28)
        Object[] row = (Object[]) em.createNativeQuery("select o_hits, o_expires_at from latchkey_count_hits(?1, ?2, ?3, ?4)")
                .setParameter(1, limit.name() + ":" + subject)
                .setParameter(2, now)
                .setParameter(3, now.plus(limit.window()))
                .setParameter(4, count)
                .getSingleResult();
        return new Counted(((Number) row[0]).longValue(), Clocks.fromDatabase(row[1]), now);
    }

    /** A counter after an addition: its hits in the current window, when that window ends, and when it was counted. */
    public record Counted(long hits, Instant resetAt, Instant at) {
    }

    public Usage noted(Usage usage) {
        try {
            usages.note(usage);
        } catch (ContextNotActiveException outsideAnHttpRequest) {
            // housekeeping and in-container tests count without a request to answer
        }
        return usage;
    }
}
