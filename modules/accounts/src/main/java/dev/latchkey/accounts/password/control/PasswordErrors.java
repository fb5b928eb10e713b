package dev.latchkey.accounts.password.control;

import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.LatchkeyException;
import dev.latchkey.kernel.time.Clocks;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** What a password check answers when it does not pass (CONTRACT.md section 3). */
public final class PasswordErrors {

    private PasswordErrors() {
    }

    /** Wrong login or password; identical whether or not the login names an account. */
    public static class InvalidCredentials extends LatchkeyException {
        public InvalidCredentials(int attemptsRemaining, int lockoutAfter) {
            super(ErrorCode.AUTH_INVALID_CREDENTIALS, details("attempts_remaining", attemptsRemaining, "lockout_after", lockoutAfter));
        }
    }

    /** Locked out until {@code unlockTime}; carries Retry-After. */
    public static class AccountLocked extends LatchkeyException {
        private final transient Duration wait;

        public AccountLocked(Instant unlockTime, Duration lockoutDuration, Instant now) {
            super(ErrorCode.AUTH_ACCOUNT_LOCKED, details("lockout_reason", "too_many_failed_attempts",
                    "lockout_duration", lockoutDuration.toMillis(), "unlock_time", Clocks.rfc3339(unlockTime)));
            this.wait = Duration.between(now, unlockTime);
        }

        @Override
        public Optional<Duration> retryAfter() {
            return Optional.of(wait);
        }
    }
}
