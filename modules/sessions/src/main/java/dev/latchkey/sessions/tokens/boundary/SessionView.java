package dev.latchkey.sessions.tokens.boundary;

import java.time.Instant;
import java.util.UUID;

/** A session as its owner sees it in the list; {@code current} marks the caller's own. */
public record SessionView(UUID id, Instant createdAt, Instant expiresAt, Instant lastUsedAt, boolean current) {
}
