package dev.latchkey.accounts.password.control;

import dev.latchkey.kernel.events.LockoutBegun;
import jakarta.enterprise.event.Event;
import dev.latchkey.platform.webhooks.WebhookEvents;
import dev.latchkey.accounts.core.control.AccountPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Checks a password under the lockout, for sign-in and for a password change alike. A check is
 * reserved with the {@link LoginGuard} before the Argon2id verify, so parallel guesses never get
 * more checks than {@code accounts.lockout-after}; with no stored hash (an unknown login) a dummy
 * hash is verified, so the answer and its timing are the same. A wrong password counts; a
 * right one clears the count.
 */
@ApplicationScoped
public class PasswordCheck {

    /** How long a check waits for checks under way on the same subject before giving up. */
    static final long WAIT_FOR_PENDING_MILLIS = 10_000;

    @Inject
    PasswordHasher hasher;
    @Inject
    LoginGuard guard;
    @Inject
    AccountPolicy policy;
    @Inject
    Clock clock;
    @Inject
    WebhookEvents events;
    @Inject
    Event<LockoutBegun> lockouts;

    private static final String ACCOUNT_SUBJECT = "account:";

    private volatile String dummyHash;

    /** The guard's subject for an account, whether it was named by email or by username. */
    public static String subjectOf(UUID accountId) {
        return ACCOUNT_SUBJECT + accountId;
    }

    /** Passes, or throws AUTH_INVALID_CREDENTIALS (counted) or AUTH_ACCOUNT_LOCKED. */
    public void check(String subject, String password, Optional<String> storedHash) {
        check(subject, password, storedHash, Optional.empty(), () -> null);
    }

    /**
     * As {@link #check(String, String, Optional)}, for a password change: a password that matches
     * {@code justReplaced} (the hash a change replaced moments ago) was right when its request was sent
     * and lost a race with that change: {@code superseded} is thrown and nothing is counted. Parallel
     * changes with the right password so never lock an account, however long they queued.
     */
    public void check(String subject, String password, Optional<String> storedHash, Optional<String> justReplaced,
                      Supplier<? extends RuntimeException> superseded) {
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
        if (justReplaced.isPresent() && hasher.verify(password, justReplaced.get())) {
            guard.released(subject);
            throw superseded.get();
        }
        LoginGuard.Standing standing = guard.failed(subject);
        Instant now = clock.instant();
        if (standing.failures() == policy.lockoutAfter()) {
            lockouts.fire(new LockoutBegun());
        }
        if (standing.failures() == policy.lockoutAfter() && subject.startsWith(ACCOUNT_SUBJECT)) {
            // the failure that locked it: told once, and only for accounts that exist
            events.publish(WebhookEvents.ACCOUNT_LOCKED, "accountId", subject.substring(ACCOUNT_SUBJECT.length()),
                    "lockedUntil", standing.lockedUntil().map(Instant::toString).orElse(null));
        }
        if (standing.lockedUntil().filter(now::isBefore).isPresent()) {
            throw new PasswordErrors.AccountLocked(standing.lockedUntil().get(), policy.lockoutDuration(), now);
        }
        throw new PasswordErrors.InvalidCredentials(Math.max(0, policy.lockoutAfter() - standing.failures()), policy.lockoutAfter());
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
                throw new PasswordErrors.AccountLocked(locked.get(), policy.lockoutDuration(), now);
            }
            if (System.currentTimeMillis() > deadline) {
                throw new PasswordErrors.AccountLocked(now.plus(policy.lockoutDuration()), policy.lockoutDuration(), now);
            }
            pause();
        }
    }

    /** Prepares the dummy hash, so that the first unknown login is not slower than the rest. */
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
