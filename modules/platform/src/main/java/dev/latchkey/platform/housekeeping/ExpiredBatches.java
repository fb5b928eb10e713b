package dev.latchkey.platform.housekeeping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Deletes one bounded batch of expired rows per transaction, so no purge holds locks for long. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ExpiredBatches {

    static final int BATCH = 1000;

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;

    /** Deletes up to {@link #BATCH} rows expired as of {@code now}; answers how many. */
    public int delete(Expiry expiry, Instant now) {
        String sql = "delete from " + expiry.table() + " where ctid in (select ctid from " + expiry.table()
                + " where " + expiry.expiredBefore() + " limit " + BATCH + ")";
        return em.createNativeQuery(sql).setParameter(1, now.minus(expiry.keptAfter())).executeUpdate();
    }
}
