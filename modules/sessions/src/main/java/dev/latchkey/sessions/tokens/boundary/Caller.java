package dev.latchkey.sessions.tokens.boundary;

import java.util.UUID;

/** Who a valid access token speaks for. */
public record Caller(UUID accountId, UUID sessionId) {
}
