package dev.latchkey.accounts.signin.boundary;

import dev.latchkey.accounts.password.control.PasswordHasher;
import dev.latchkey.accounts.registration.boundary.AccountView;
import dev.latchkey.accounts.registration.control.AccountPolicy;
import dev.latchkey.accounts.registration.control.AccountStore;
import dev.latchkey.accounts.registration.control.Identifiers;
import dev.latchkey.accounts.registration.entity.Account;
import dev.latchkey.accounts.registration.entity.AccountStatus;
import dev.latchkey.accounts.signin.control.LoginGuard;
import dev.latchkey.accounts.signin.control.SignInErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks who is signing in. An unknown login costs the same as a known one (a real Argon2id
 * check against a dummy hash, the same guard queries) and fails the same way, so neither the
 * answer nor its timing tells which accounts exist. Failures count per account whether it is
 * named by email or username, and per normalised identifier otherwise. The account's state is
 * told only after a correct password.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class SignIn {

    /** How long a sign-in waits for checks under way on the same subject before giving up. */
    static final long WAIT_FOR_PENDING_MILLIS = 10_000;

    @Inject
    AccountStore store;
    @Inject
    PasswordHasher hasher;
    @Inject
    LoginGuard guard;
    @Inject
    AccountPolicy policy;
    @Inject
    Clock clock;

    private volatile String dummyHash;

    /** The account signing in, once the password is right and its state allows it. */
    public AccountView signIn(@NotNull @Valid Credentials credentials) {
        Optional<Account> account = store.findByLogin(credentials.login());
        String subject = account.map(a -> subjectOf(a.id()))
                .orElse("login:" + Identifiers.key(credentials.login()));
        checkPassword(subject, credentials.password(), account.map(Account::passwordHash));
        Account found = account.orElseThrow();
        if (found.status() != AccountStatus.ACTIVE) {
            throw SignInErrors.forStatus(found.status().name());
        }
        if (policy.emailConfirmationRequired() && !found.emailConfirmed()) {
            throw SignInErrors.emailNotConfirmed();
        }
        // administrators sign in whatever the group policy says, or no one could create the first group
        if (policy.groupRequired() && found.groupId() == null && !found.permissions().contains(Account.ADMIN_PERMISSION)) {
            throw SignInErrors.noGroup();
        }
        return AccountView.of(found);
    }

    /**
     * Checks an account's current password, counting a wrong one like a failed sign-in; returns
     * the hash it was checked against, so a change can make sure it is still the current one.
     */
    public String confirmPassword(UUID accountId, String password) {
        Optional<String> hash = store.find(accountId).map(Account::passwordHash);
        checkPassword(subjectOf(accountId), password == null ? "" : password, hash);
        return hash.orElseThrow();
    }

    static String subjectOf(UUID accountId) {
        return "account:" + accountId;
    }

    private void checkPassword(String subject, String password, Optional<String> storedHash) {
        reserveCheck(subject);
        boolean correct;
        try {
            correct = hasher.verify(password, storedHash.orElseGet(this::dummyHash)) && storedHash.isPresent();
        } catch (RuntimeException e) {
            guard.released(subject);
            throw e;
        }
        if (correct) {
            guard.succeeded(subject);
            return;
        }
        LoginGuard.Standing standing = guard.failed(subject);
        Instant now = clock.instant();
        if (standing.lockedUntil().filter(now::isBefore).isPresent()) {
            throw new SignInErrors.AccountLocked(standing.lockedUntil().get(), policy.lockoutDuration(), now);
        }
        throw new SignInErrors.InvalidCredentials(Math.max(0, policy.lockoutAfter() - standing.failures()), policy.lockoutAfter());
    }

    /** Waits while other checks on the subject use up the remaining attempts; locked is final. */
    private void reserveCheck(String subject) {
        long deadline = System.currentTimeMillis() + WAIT_FOR_PENDING_MILLIS;
        while (true) {
            Optional<LoginGuard.Standing> refusal = guard.reserve(subject);
            if (refusal.isEmpty()) {
                return;
            }
            Instant now = clock.instant();
            Optional<Instant> locked = refusal.get().lockedUntil().filter(now::isBefore);
            if (locked.isPresent()) {
                throw new SignInErrors.AccountLocked(locked.get(), policy.lockoutDuration(), now);
            }
            if (System.currentTimeMillis() > deadline) {
                throw new SignInErrors.AccountLocked(now.plus(policy.lockoutDuration()), policy.lockoutDuration(), now);
            }
            pause();
        }
    }

    /** Prepares the dummy hash at start-up, so that the first unknown login is not slower than the rest. */
    public void warmUp() {
        dummyHash();
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = hasher.hash(UUID.randomUUID().toString());
        }
        return dummyHash;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
