package dev.latchkey.accounts.signin.control;

import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.LatchkeyException;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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
                    "lockout_duration", lockoutDuration.toMillis(), "unlock_time", unlockTime.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()));
            this.wait = Duration.between(now, unlockTime);
        }

        @Override
        public Optional<Duration> retryAfter() {
            return Optional.of(wait);
        }
    }

    /** Right password, but the account may not sign in in its state. */
    public static LatchkeyException forStatus(String status) {
        ErrorCode code = switch (status) {
            case "PENDING" -> ErrorCode.ACCOUNT_PENDING;
            case "DECLINED" -> ErrorCode.ACCOUNT_DECLINED;
            default -> ErrorCode.ACCOUNT_DEACTIVATED;
        };
        return new LatchkeyException(code, Map.of("account_status", status));
    }

    public static LatchkeyException emailNotConfirmed() {
        return new LatchkeyException(ErrorCode.EMAIL_NOT_CONFIRMED,
                Map.of("action", "confirm the email address with the link sent at registration"));
    }

    public static LatchkeyException noGroup() {
        return new LatchkeyException(ErrorCode.NO_GROUP, java.util.Collections.singletonMap("group_id", null));
    }
}
