package dev.latchkey.platform.idempotency;

import dev.latchkey.kernel.error.IdempotencyKeyReused;
import dev.latchkey.kernel.secrets.Secrets;
import dev.latchkey.platform.keys.SecretBox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Idempotency-Key bookkeeping in PostgreSQL, so that it holds across nodes. A key is claimed
 * with an insert that does nothing on conflict, so of two requests with one key that arrive at
 * once exactly one owns it. Each call is its own transaction: the record outlives the request's.
 * Nothing readable is kept: the key as its SHA-256, the answer (which may hold tokens or a TOTP
 * secret) sealed with a key derived from the raw Idempotency-Key, which only its client holds.
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
    @Inject
    SecretBox box;

    public Claim claim(String scope, String rawKey, String requestHash) {
        Instant now = clock.instant();
        String key = Secrets.sha256Hex(rawKey);
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
            return claim(scope, rawKey, requestHash);
        }
        if (!existing.matches(requestHash)) {
            throw new IdempotencyKeyReused(rawKey);
        }
        if (!existing.isComplete()) {
            return Claim.stillRunning();
        }
        byte[] body = existing.sealedBody() == null ? new byte[0]
                : box.open(context(scope, key), existing.sealedBody(), rawKey.getBytes(StandardCharsets.UTF_8));
        return Claim.replaying(existing.response(body));
    }

    public void complete(String scope, String rawKey, StoredResponse response) {
        String key = Secrets.sha256Hex(rawKey);
        IdempotencyRecord record = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(scope, key));
        if (record != null) {
            String sealed = response.body().length == 0 ? null
                    : box.seal(context(scope, key), response.body(), rawKey.getBytes(StandardCharsets.UTF_8));
            record.complete(response, sealed);
        }
    }

    private static String context(String scope, String keyHash) {
        return "idempotency:" + scope + ":" + keyHash;
    }

    /** Forgets a key whose request failed on the server's side, so that the client may retry it. */
    public void release(String scope, String rawKey) {
        em.createNativeQuery("delete from idempotency_record where scope = ?1 and idempotency_key = ?2")
                .setParameter(1, scope).setParameter(2, Secrets.sha256Hex(rawKey))
                .executeUpdate();
    }
}
