package dev.latchkey.sessions.tokens.boundary;

import java.time.Instant;
import java.util.UUID;

/** The token response of CONTRACT.md section 4. */
public record TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn,
                        UUID sessionId, Instant sessionExpiresAt) {
}
