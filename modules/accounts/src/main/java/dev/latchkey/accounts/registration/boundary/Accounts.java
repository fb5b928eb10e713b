package dev.latchkey.accounts.registration.boundary;

import dev.latchkey.accounts.mails.AccountMails;
import dev.latchkey.accounts.password.control.PasswordHasher;
import dev.latchkey.accounts.registration.control.AccountPolicy;
import dev.latchkey.accounts.registration.control.AccountStore;
import dev.latchkey.accounts.registration.entity.Account;
import dev.latchkey.accounts.signin.boundary.SignIn;
import dev.latchkey.accounts.tokens.control.AccountTokens;
import dev.latchkey.accounts.tokens.entity.AccountToken;
import dev.latchkey.kernel.error.ConcurrencyConflict;
import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.ResourceNotFound;
import dev.latchkey.kernel.error.ValidationFailed;
import dev.latchkey.kernel.error.Violation;
import dev.latchkey.kernel.events.SessionsToEnd;
import dev.latchkey.kernel.version.VersionTag;
import dev.latchkey.platform.mail.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** The accounts module's face: registration, email confirmation, reads and profile changes. */
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
    AccountTokens tokens;
    @Inject
    AccountMails mails;
    @Inject
    Outbox outbox;
    @Inject
    SignIn signIn;
    @Inject
    Event<SessionsToEnd> sessionsToEnd;
    @Inject
    Clock clock;
    @Inject
    Accounts self;

    /**
     * Registers an account: ACTIVE, or PENDING when approval is required; email not yet
     * confirmed. The confirmation mail is queued in the same transaction.
     */
    public AccountView register(@NotNull @Valid Registration registration) {
        Account account = store.add(new Account(registration.normalisedEmail(), registration.username(),
                hasher.hash(registration.password()), blankToNull(registration.displayName()),
                policy.initialStatus(), clock.instant()));
        String token = tokens.issue(account.id(), AccountToken.Purpose.CONFIRM_EMAIL, policy.confirmationTokenTtl());
        outbox.queue(mails.confirmation(account, token));
        return AccountView.of(account);
    }

    /** Confirms the email address the token was mailed to; the token is spent. */
    public AccountView confirmEmail(String token) {
        UUID id = tokens.redeem(token, AccountToken.Purpose.CONFIRM_EMAIL,
                ErrorCode.INVALID_CONFIRMATION_TOKEN, ErrorCode.CONFIRMATION_TOKEN_EXPIRED);
        Account account = load(id);
        account.confirmEmail(clock.instant());
        return AccountView.of(account);
    }

    public AccountView find(UUID id) {
        return AccountView.of(load(id));
    }

    /**
     * Changes the display name and, given the current password, the password; a password change
     * ends the account's other sessions and spends its open reset links. {@code ifMatch} is the
     * caller's version tag, if it sent one: a stale one is PRECONDITION_FAILED. The current
     * password is checked and the new one hashed once, before the transaction; a concurrent change
     * is retried on a fresh read, and if another request changed the password meanwhile, the one
     * checked is no longer current: CONCURRENCY_CONFLICT, never a failed sign-in.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AccountView changeProfile(UUID id, @NotNull @Valid ProfileChange change, Optional<String> ifMatch,
                                     Optional<UUID> currentSession) {
        Optional<PasswordSwap> swap = Optional.empty();
        if (change.newPassword() != null) {
            if (change.currentPassword() == null || change.currentPassword().isEmpty()) {
                throw new ValidationFailed(Violation.required("currentPassword"));
            }
            String checked = signIn.confirmPassword(id, change.currentPassword());
            swap = Optional.of(new PasswordSwap(checked, hasher.hash(change.newPassword())));
        }
        return self.applyProfileChange(id, Optional.ofNullable(change.displayName()), swap, ifMatch, currentSession);
    }

    /** A password change whose current password was checked against {@code checkedHash} (for {@link #applyProfileChange}). */
    public record PasswordSwap(String checkedHash, String newHash) {
    }

    @Retry(retryOn = OptimisticLockException.class, maxRetries = 3, delay = 10, jitter = 10)
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AccountView applyProfileChange(UUID id, Optional<String> displayName, Optional<PasswordSwap> swap, Optional<String> ifMatch,
                                   Optional<UUID> currentSession) {
        Account account = load(id);
        VersionTag.requireMatch(ifMatch, account.id(), account.version());
        displayName.ifPresent(name -> account.rename(blankToNull(name), clock.instant()));
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

    private Account load(UUID id) {
        return store.find(id).orElseThrow(() -> new ResourceNotFound("account", id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
