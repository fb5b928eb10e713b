package dev.latchkey.accounts.bootstrap;

import dev.latchkey.accounts.password.control.PasswordHasher;
import dev.latchkey.accounts.core.control.AccountStore;
import dev.latchkey.accounts.core.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * With ADMIN_EMAIL and ADMIN_PASSWORD both set and no administrator yet, creates an active,
 * confirmed account with username {@code admin} and permission {@code admin} at start-up.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "admin.email")
    Optional<String> email;
    @Inject
    @ConfigProperty(name = "admin.password")
    Optional<String> password;
    @Inject
    AccountStore store;
    @Inject
    PasswordHasher hasher;
    @Inject
    Clock clock;

    @Transactional
    public void ensureAdministrator() {
        if (email.filter(e -> !e.isBlank()).isEmpty() || password.filter(p -> !p.isBlank()).isEmpty()) {
            return;
        }
        store.lockAdministratorBootstrap();
        if (store.anyWithPermission("admin")) {
            return;
        }
        store.add(Account.administrator(email.get().strip().toLowerCase(java.util.Locale.ROOT), "admin",
                hasher.hash(password.get()), clock.instant()));
        LOG.info(() -> "Created the administrator account for " + email.get());
    }
}
