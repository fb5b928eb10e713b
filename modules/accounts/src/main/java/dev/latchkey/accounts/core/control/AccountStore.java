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
