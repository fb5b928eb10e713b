package dev.latchkey.platform.ratelimit;

import dev.latchkey.kernel.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Counts hits against a limit in PostgreSQL, so a limit holds across threads and nodes: one
 * upsert adds the hit and opens a new window when the old one has passed, and returns the
 * count. Each hit is its own transaction, so it counts whatever the request then does.
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

    /** Counts one hit of {@code subject} (an account id, an address) against the named limit. */
    public Usage hit(String limitName, String subject) {
        RateLimit limit = policy.limit(limitName);
        Instant now = clock.instant();
        Object[] row = (Object[]) em.createNativeQuery("""
                        insert into rate_limit_counter as c (bucket, window_start, expires_at, hits) values (?1, ?2, ?3, 1)
                        on conflict (bucket) do update set
                            hits = case when c.expires_at <= ?2 then 1 else c.hits + 1 end,
                            window_start = case when c.expires_at <= ?2 then ?2 else c.window_start end,
                            expires_at = case when c.expires_at <= ?2 then ?3 else c.expires_at end
                        returning c.hits, c.expires_at""")
                .setParameter(1, limit.name() + ":" + subject)
                .setParameter(2, now)
                .setParameter(3, now.plus(limit.window()))
                .getSingleResult();
        return new Usage(limit, ((Number) row[0]).longValue(), Clocks.fromDatabase(row[1]), now);
    }
}
