package dev.latchkey.accounts.registration.control;

import dev.latchkey.accounts.registration.entity.Account;
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
}
