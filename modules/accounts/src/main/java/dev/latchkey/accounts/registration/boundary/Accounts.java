package dev.latchkey.accounts.registration.boundary;

import dev.latchkey.accounts.password.control.PasswordHasher;
import dev.latchkey.accounts.registration.control.AccountPolicy;
import dev.latchkey.accounts.registration.control.AccountStore;
import dev.latchkey.accounts.registration.entity.Account;
import dev.latchkey.kernel.error.ResourceNotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.UUID;

/** The accounts module's face: registration and reads. */
@ApplicationScoped
@Transactional
public class Accounts {

    @Inject
    AccountStore store;
    @Inject
    PasswordHasher hasher;
    @Inject
    AccountPolicy policy;
    @Inject
    Clock clock;

    /** Registers an account: ACTIVE, or PENDING when approval is required; email not yet confirmed. */
    public AccountView register(@NotNull @Valid Registration registration) {
        Account account = new Account(registration.normalisedEmail(), registration.username(),
                hasher.hash(registration.password()), blankToNull(registration.displayName()),
                policy.initialStatus(), clock.instant());
        return AccountView.of(store.add(account));
    }

    public AccountView find(UUID id) {
        return store.find(id).map(AccountView::of).orElseThrow(() -> new ResourceNotFound("account", id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
