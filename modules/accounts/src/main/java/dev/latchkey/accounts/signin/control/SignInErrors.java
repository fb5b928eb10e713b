package dev.latchkey.accounts.signin.control;

import dev.latchkey.accounts.core.entity.AccountStatus;
import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.LatchkeyException;
import dev.latchkey.kernel.time.Clocks;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The sign-in errors with their details (CONTRACT.md section 3). */
public final class SignInErrors {

    private SignInErrors() {
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

    /** Right password, but the account may not sign in in its state (PENDING, DECLINED, DEACTIVATED). */
    public static class AccountNotActive extends LatchkeyException {
        public AccountNotActive(AccountStatus status) {
            super(switch (status) {
                case PENDING -> ErrorCode.ACCOUNT_PENDING;
                case DECLINED -> ErrorCode.ACCOUNT_DECLINED;
                default -> ErrorCode.ACCOUNT_DEACTIVATED;
            }, details("account_status", status.name()));
        }
    }

    public static class EmailNotConfirmed extends LatchkeyException {
        public EmailNotConfirmed() {
            super(ErrorCode.EMAIL_NOT_CONFIRMED, details("action", "confirm the email address with the link sent at registration"));
        }
    }

    /** Group membership is required and the account has none. */
    public static class NoGroup extends LatchkeyException {
        public NoGroup() {
            super(ErrorCode.NO_GROUP, details("group_id", null));
        }
    }
}
