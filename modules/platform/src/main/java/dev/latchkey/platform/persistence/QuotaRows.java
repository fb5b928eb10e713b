package dev.latchkey.platform.persistence;

import jakarta.persistence.EntityManager;

import java.util.UUID;

/**
 * The one home of the quota-by-version idiom. A quota (devices per account, open sessions per
 * account) is held by a per-account row with a {@code @Version}: a change that counts against the
 * quota bumps it, so two changes that counted the same state cannot both commit; the loser fails
 * with an optimistic lock and is retried on a fresh count. The row is made on first use.
 */
public final class QuotaRows {

    private QuotaRows() {
    }

    /** The account's row of {@code table} (columns {@code account_id}, {@code version}, ...), made if missing. */
    public static <T> T forAccount(EntityManager em, Class<T> type, String table, UUID accountId) {
        T row = em.find(type, accountId);
        if (row != null) {
            return row;
        }
        em.createNativeQuery("insert into " + table + " (account_id) values (?1) on conflict do nothing")
                .setParameter(1, accountId).executeUpdate();
        return em.find(type, accountId);
    }
}
