package dev.latchkey.sessions.twofactor.control;

import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.LatchkeyException;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The two-factor errors (CONTRACT.md section 3). */
public final class TwoFactorErrors {

    private TwoFactorErrors() {
    }

    /** A wrong, expired or reused code; its tries are counted, so the transaction must commit. */
    public static class InvalidCode extends LatchkeyException {
        public InvalidCode(int attemptsRemaining) {
            super(ErrorCode.INVALID_VERIFICATION_CODE, details("attempts_remaining", Math.max(0, attemptsRemaining)));
        }
    }

    public static class BackupCodeUsed extends LatchkeyException {
        public BackupCodeUsed() {
            super(ErrorCode.BACKUP_CODE_ALREADY_USED);
        }
    }

    /**
     * Too many wrong codes for the account: the factor is paused until {@code until}. Told with the
     * lockout code and Retry-After, like a password lockout.
     */
    public static class SecondFactorPaused extends LatchkeyException {
        private final transient Duration wait;

        public SecondFactorPaused(Instant until, Duration pause, Instant now) {
            super(ErrorCode.AUTH_ACCOUNT_LOCKED, details("lockout_reason", "too_many_failed_codes",
                    "lockout_duration", pause.toMillis(), "unlock_time", until.truncatedTo(ChronoUnit.SECONDS).toString()));
            this.wait = Duration.between(now, until);
        }

        @Override
        public Optional<Duration> retryAfter() {
            return Optional.of(wait);
        }
    }

    public static class SetupNotInitiated extends LatchkeyException {
        public SetupNotInitiated() {
            super(ErrorCode.MFA_SETUP_NOT_INITIATED);
        }
    }

    public static class NoMethod extends LatchkeyException {
        public NoMethod() {
            super(ErrorCode.NO_MFA_METHOD);
        }
    }
}
