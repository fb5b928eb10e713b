package dev.latchkey.sessions.twofactor.control;

import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.LatchkeyException;

import java.util.Map;

/** The two-factor errors (CONTRACT.md section 3). */
public final class TwoFactorErrors {

    /** Tries allowed per sign-in challenge, and per setup or disable before a pause. */
    public static final int MAX_ATTEMPTS = 5;

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

    public static LatchkeyException setupNotInitiated() {
        return new LatchkeyException(ErrorCode.MFA_SETUP_NOT_INITIATED);
    }

    public static LatchkeyException noMethod() {
        return new LatchkeyException(ErrorCode.NO_MFA_METHOD);
    }

    public static LatchkeyException invalidMfaToken(String reason) {
        return new LatchkeyException(ErrorCode.TOKEN_INVALID, Map.of("reason", reason));
    }
}
