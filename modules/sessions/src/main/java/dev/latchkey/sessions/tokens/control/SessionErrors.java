package dev.latchkey.sessions.tokens.control;

import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.LatchkeyException;
import dev.latchkey.kernel.time.Clocks;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** The sessions module's errors with their details (CONTRACT.md section 3). */
public final class SessionErrors {

    private SessionErrors() {
    }

    public static class ConcurrentLimit extends LatchkeyException {
        /** {@code oldestStarted}: when the oldest open session began. */
        public ConcurrentLimit(int current, int max, Instant oldestStarted) {
            super(ErrorCode.SESSION_CONCURRENT_LIMIT, details("current_sessions", current, "max_concurrent", max,
                    "oldest_session", Clocks.rfc3339(oldestStarted),
                    "action", "end a session (DELETE /api/sessions/{id} or sign out elsewhere), then sign in again"));
        }
    }

    /** A rotated-out or revoked refresh token; the session it names has ended (or never mind, see grace). */
    public static class RefreshTokenRevoked extends LatchkeyException {
        public RefreshTokenRevoked(UUID sessionId) {
            super(ErrorCode.REFRESH_TOKEN_REVOKED, details("session_id", sessionId.toString()));
        }
    }

    public static class InvalidRefreshToken extends LatchkeyException {
        public InvalidRefreshToken() {
            super(ErrorCode.INVALID_REFRESH_TOKEN);
        }
    }

    public static class RefreshTokenExpired extends LatchkeyException {
        public RefreshTokenExpired(Instant expiredAt) {
            super(ErrorCode.REFRESH_TOKEN_EXPIRED, details("expired_at", Clocks.rfc3339(expiredAt)));
        }
    }

    /** No such open session of this account (unknown, ended, and other accounts' alike). */
    public static class SessionNotFound extends LatchkeyException {
        public SessionNotFound(UUID sessionId) {
            super(ErrorCode.SESSION_NOT_FOUND, details("session_id", String.valueOf(sessionId)));
        }
    }

    public static class SessionExpired extends LatchkeyException {
        public SessionExpired(UUID sessionId, Instant expiredAt, Duration maxAge) {
            super(ErrorCode.SESSION_EXPIRED, details("session_id", sessionId.toString(), "expired_at", Clocks.rfc3339(expiredAt),
                    "max_age", maxAge.toMillis(), "action", "sign in again"));
        }
    }

    /** The token's session ended (logout, revocation, password change...) or never existed. */
    public static class SessionInvalid extends LatchkeyException {
        public SessionInvalid(UUID sessionId, String failure) {
            super(ErrorCode.SESSION_INVALID, details("session_id", sessionId.toString(), "validation_failure", failure,
                    "action", "sign in again"));
        }
    }

    public static class TokenExpired extends LatchkeyException {
        public TokenExpired(Instant expiredAt) {
            super(ErrorCode.TOKEN_EXPIRED, details("expired_at", Clocks.rfc3339(expiredAt)));
        }
    }

}
