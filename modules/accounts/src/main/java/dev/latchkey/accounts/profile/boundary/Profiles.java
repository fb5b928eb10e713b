package dev.latchkey.accounts.profile.boundary;

import dev.latchkey.accounts.core.boundary.AccountView;
import dev.latchkey.accounts.core.control.AccountStore;
import dev.latchkey.accounts.core.entity.Account;
import dev.latchkey.accounts.password.control.PasswordCheck;
import dev.latchkey.accounts.password.control.PasswordHasher;
import dev.latchkey.accounts.tokens.control.AccountTokens;
import dev.latchkey.accounts.tokens.entity.AccountToken;
import dev.latchkey.kernel.error.ConcurrencyConflict;
import dev.latchkey.kernel.error.ValidationFailed;
import dev.latchkey.kernel.error.Violation;
import dev.latchkey.kernel.events.SessionsToEnd;
import dev.latchkey.kernel.version.ExpectedVersion;
import dev.latchkey.platform.persistence.ConflictRetry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * An account holder's own changes: display name, and password with the current one. A password
 * change ends the account's other sessions and spends its open reset links.
 */
@ApplicationScoped
public class Profiles {

    /**
     * How long after a password change a request carrying the password it replaced is taken for one
     * that raced it (sent before, handled after: queued behind it) rather than a wrong password:
     * as long as a password check waits for the checks under way on the account.
     */
    static final Duration RACING_CHANGES = Duration.ofSeconds(10);

    @Inject
    AccountStore store;
    @Inject
    PasswordHasher hasher;
    @Inject
    PasswordCheck passwords;
    @Inject
    AccountTokens tokens;
    @Inject
    Event<SessionsToEnd> sessionsToEnd;
    @Inject
    Clock clock;
    @Inject
    Profiles self;
    @Inject
    ConflictRetry conflicts;

    /**
     * Changes the display name and, given the current password, the password. {@code expectedVersion}
     * is the caller's If-Match, if it sent one: another version is PRECONDITION_FAILED. The current
     * password is checked and the new one hashed once, before the transaction; a concurrent change is
     * retried on a fresh read, and if another request changed the password meanwhile, the one checked
     * is no longer current: CONCURRENCY_CONFLICT, never a failed sign-in; so is a request that only
     * starts after a change that replaced the password it carries, within {@link #RACING_CHANGES}.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AccountView change(UUID id, @NotNull @Valid ProfileChange change, Optional<ExpectedVersion> expectedVersion,
                              Optional<UUID> currentSession) {
        Optional<PasswordSwap> swap = Optional.empty();
        if (change.newPassword() != null) {
            if (change.currentPassword() == null || change.currentPassword().isEmpty()) {
                throw new ValidationFailed(Violation.required("currentPassword"));
            }
            Optional<Account> account = store.find(id);
            String checked = account.map(Account::passwordHash).orElse(null);
            passwords.check(PasswordCheck.subjectOf(id), change.currentPassword(), Optional.ofNullable(checked),
                    account.flatMap(a -> a.replacedPasswordHash(clock.instant(), RACING_CHANGES)), () -> new ConcurrencyConflict("account", id));
            swap = Optional.of(new PasswordSwap(checked, hasher.hash(change.newPassword())));
        }
        Optional<PasswordSwap> checkedSwap = swap;
        return conflicts.untilCommitted(() -> self.apply(id, Optional.ofNullable(change.displayName()), checkedSwap, expectedVersion, currentSession));
    }

    /** A password change whose current password was checked against {@code checkedHash} (for {@link #apply}). */
    public record PasswordSwap(String checkedHash, String newHash) {
    }

    /** One try of {@link #change}, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AccountView apply(UUID id, Optional<String> displayName, Optional<PasswordSwap> swap, Optional<ExpectedVersion> expectedVersion,
                             Optional<UUID> currentSession) {
        Account account = store.require(id);
        expectedVersion.ifPresent(expected -> expected.requireCurrent(account.id(), account.version()));
        displayName.ifPresent(name -> account.rename(name.isBlank() ? null : name.strip(), clock.instant()));
        if (swap.isPresent()) {
            if (!account.passwordHash().equals(swap.get().checkedHash())) {
                throw new ConcurrencyConflict("account", id);
            }
            account.changePassword(swap.get().newHash(), clock.instant());
            tokens.spendAll(id, AccountToken.Purpose.RESET_PASSWORD);
            sessionsToEnd.fire(new SessionsToEnd(id, currentSession, "password_changed"));
        }
        store.flush();
        return AccountView.of(account);
    }
}
