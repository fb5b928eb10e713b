package dev.latchkey.sessions.tokens.control;

import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.LatchkeyException;
import dev.latchkey.kernel.time.Clocks;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

    public static LatchkeyException invalidRefreshToken() {
        return new LatchkeyException(ErrorCode.INVALID_REFRESH_TOKEN);
    }

    public static LatchkeyException refreshTokenExpired(Instant expiredAt) {
        return new LatchkeyException(ErrorCode.REFRESH_TOKEN_EXPIRED,
                java.util.Map.of("expired_at", expiredAt.truncatedTo(ChronoUnit.SECONDS).toString()));
    }

    public static LatchkeyException notFound(UUID sessionId) {
        return new LatchkeyException(ErrorCode.SESSION_NOT_FOUND, java.util.Map.of("session_id", String.valueOf(sessionId)));
    }

}
