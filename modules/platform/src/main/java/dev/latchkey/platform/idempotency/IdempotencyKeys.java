package dev.latchkey.platform.idempotency;

import dev.latchkey.kernel.error.IdempotencyKeyReused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Idempotency-Key bookkeeping in PostgreSQL, so that it holds across nodes. A key is claimed
 * with an insert that does nothing on conflict, so of two requests with one key that arrive at
 * once exactly one owns it. Each call is its own transaction: the record outlives the request's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class IdempotencyKeys {

    /** How long a key is remembered and replayed. */
    public static final Duration RETENTION = Duration.ofHours(24);

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;

    @Inject
    Clock clock;

    public Claim claim(String scope, String key, String requestHash) {
        Instant now = clock.instant();
        em.createNativeQuery("delete from idempotency_record where scope = ?1 and idempotency_key = ?2 and created_at < ?3")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, now.minus(RETENTION))
                .executeUpdate();
        int inserted = em.createNativeQuery("insert into idempotency_record (scope, idempotency_key, request_hash, created_at, version) "
                        + "values (?1, ?2, ?3, ?4, 0) on conflict do nothing")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash).setParameter(4, now)
                .executeUpdate();
        if (inserted == 1) {
            return Claim.ownedNow();
        }
        IdempotencyRecord existing = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(scope, key));
        if (existing == null) {
            return claim(scope, key, requestHash);
        }
        if (!existing.matches(requestHash)) {
            throw new IdempotencyKeyReused(key);
        }
        return existing.isComplete() ? Claim.replaying(existing.response()) : Claim.stillRunning();
    }

    public void complete(String scope, String key, StoredResponse response) {
        IdempotencyRecord record = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(scope, key));
        if (record != null) {
            record.complete(response);
        }
    }

    /** Forgets a key whose request failed on the server's side, so that the client may retry it. */
    public void release(String scope, String key) {
        em.createNativeQuery("delete from idempotency_record where scope = ?1 and idempotency_key = ?2")
                .setParameter(1, scope).setParameter(2, key)
                .executeUpdate();
    }
}
