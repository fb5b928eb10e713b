package dev.latchkey.devices.registration.control;

import dev.latchkey.devices.registration.entity.AccountDevices;
import dev.latchkey.devices.registration.entity.Device;
import dev.latchkey.platform.persistence.PersistenceErrors;
import dev.latchkey.platform.persistence.QuotaRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Devices and their challenges in PostgreSQL; joins the caller's transaction. */
@ApplicationScoped
public class DeviceStore {

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;

    public Optional<Device> find(UUID deviceId) {
        return Optional.ofNullable(em.find(Device.class, deviceId));
    }

    /** The account's row whose version guards {@code devices.max-per-account} ({@link QuotaRows}). */
    public AccountDevices quotaOf(UUID accountId) {
        return QuotaRows.forAccount(em, AccountDevices.class, "account_devices", accountId);
    }

    public List<Device> active(UUID accountId) {
        return em.createQuery("select d from Device d where d.accountId = :account and d.state = :active", Device.class)
                .setParameter("account", accountId).setParameter("active", Device.State.ACTIVE).getResultList();
    }

    public List<Device> page(UUID accountId, int page, int size) {
        return em.createQuery("select d from Device d where d.accountId = :account order by d.createdAt, d.id", Device.class)
                .setParameter("account", accountId).setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
    }

    public long count(UUID accountId) {
        return em.createQuery("select count(d) from Device d where d.accountId = :account", Long.class)
                .setParameter("account", accountId).getSingleResult();
    }

    /**
     * Adds a device; the same key registered at this moment by another request (the partial unique
     * index on active keys) becomes an optimistic lock failure, so the caller counts again.
     */
    public void add(Device device) {
        em.persist(device);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (PersistenceErrors.violatedConstraint(e).filter("uk_device_account_key"::equals).isPresent()) {
                throw new OptimisticLockException("concurrent registration of the same key");
            }
            throw e;
        }
    }

    public void flush() {
        em.flush();
    }

    /**
     * Spends a nonce: records it used, in one statement, so of two proofs with one nonce exactly one
     * gets true. The row lives until housekeeping removes it a day after {@code expires}; by then
     * the nonce's own expiry refuses it.
     */
    public boolean spendNonce(UUID deviceId, String nonce, Instant expires, Instant now) {
        return em.createNativeQuery("insert into device_challenge (nonce, device_id, expires_at, used_at) values (?1, ?2, ?3, ?4)"
                        + " on conflict (nonce) do nothing")
                .setParameter(1, nonce).setParameter(2, deviceId).setParameter(3, expires).setParameter(4, now)
                .executeUpdate() == 1;
    }

    /**
     * A usage timestamp to the second (as it is shown): no version bump, and no write at all when
     * it already says this second, so parallel proofs of one device neither conflict nor queue on
     * its row lock.
     */
    public void markUsed(UUID deviceId, Instant now) {
        em.createQuery("update Device d set d.lastUsedAt = :now where d.id = :id"
                        + " and (d.lastUsedAt is null or d.lastUsedAt < :second)")
                .setParameter("now", now).setParameter("second", now.truncatedTo(ChronoUnit.SECONDS))
                .setParameter("id", deviceId).executeUpdate();
    }
}
