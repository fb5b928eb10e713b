package dev.latchkey.accounts.core.control;

import dev.latchkey.accounts.core.entity.Account;
import dev.latchkey.kernel.error.ResourceNotFound;
import dev.latchkey.platform.persistence.PersistenceErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Accounts in PostgreSQL; a taken email or username surfaces as DUPLICATE_ENTRY on its field. */
@ApplicationScoped
public class AccountStore {

    private static final Map<String, String> UNIQUE_FIELDS = Map.of(
            "uk_account_email", "email",
            "uk_account_username", "username");

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;

    public Account add(Account account) {
        em.persist(account);
        PersistenceErrors.flush(em, UNIQUE_FIELDS);
        return account;
    }

    public Optional<Account> find(UUID id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /** The account; RESOURCE_NOT_FOUND for an unknown id. */
    public Account require(UUID id) {
        return find(id).orElseThrow(() -> new ResourceNotFound("account", id));
    }

    /** The account a sign-in names, by email or by username, compared by their keys ({@link Identifiers}). */
    public Optional<Account> findByLogin(String login) {
        String key = Identifiers.key(login);
        return em.createQuery("select a from Account a where a.emailKey = :key or a.usernameKey = :key", Account.class)
                .setParameter("key", key)
                .getResultStream().findFirst();
    }

    public Optional<Account> findByEmail(String email) {
        return em.createQuery("select a from Account a where a.emailKey = :key", Account.class)
                .setParameter("key", Identifiers.key(email))
                .getResultStream().findFirst();
    }

    /** The account, its row locked until the transaction ends: concurrent administrators take turns. */
    public Account lock(UUID id) {
        return Optional.ofNullable(em.find(Account.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new ResourceNotFound("account", id));
    }

    public java.util.List<Account> page(Optional<dev.latchkey.accounts.core.entity.AccountStatus> status, int page, int size) {
        return em.createQuery("select a from Account a where (:status is null or a.status = :status) order by a.createdAt, a.id", Account.class)
                .setParameter("status", status.orElse(null)).setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
    }

    public long count(Optional<dev.latchkey.accounts.core.entity.AccountStatus> status) {
        return em.createQuery("select count(a) from Account a where (:status is null or a.status = :status)", Long.class)
                .setParameter("status", status.orElse(null)).getSingleResult();
    }

    /** The ids of the accounts holding the permission, their rows locked (the last-administrator rule). */
    @SuppressWarnings("unchecked")
    public java.util.List<UUID> lockHolders(String permission) {
        return em.createNativeQuery("select id from account where (',' || permissions || ',') like ?1 order by id for update")
                .setParameter(1, "%," + permission + ",%").getResultList();
    }

    /** Records a status change actually made. */
    public void recordStatusChange(UUID accountId, dev.latchkey.accounts.core.entity.AccountStatus from,
                                   dev.latchkey.accounts.core.entity.AccountStatus to, UUID by, java.time.Instant at) {
        em.createNativeQuery("insert into account_status_change (account_id, from_status, to_status, changed_by, changed_at) "
                        + "values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, accountId).setParameter(2, from.name()).setParameter(3, to.name()).setParameter(4, by)
                .setParameter(5, at).executeUpdate();
    }

    /** Holds, until the transaction ends, the lock that lets one starting node at a time create the administrator. */
    public void lockAdministratorBootstrap() {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('latchkey.administrator-bootstrap'))").getSingleResult();
    }

    public boolean anyWithPermission(String permission) {
        return !em.createNativeQuery("select 1 from account where (',' || permissions || ',') like ?1 limit 1")
                .setParameter(1, "%," + permission + ",%")
                .getResultList().isEmpty();
    }

    /** Flushes pending changes, turning a stale version into the optimistic lock failure the caller retries. */
    public void flush() {
        PersistenceErrors.flush(em, UNIQUE_FIELDS);
    }
}
