package dev.latchkey.sessions.tokens.boundary;

import java.util.UUID;

/** Who a valid access token speaks for: the account, through which open session. */
public record SessionCaller(UUID accountId, UUID sessionId) {
}
