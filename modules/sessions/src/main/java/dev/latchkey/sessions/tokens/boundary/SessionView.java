package dev.latchkey.sessions.tokens.boundary;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/** A session as its owner sees it in the list; {@code current} marks the caller's own. */
public record SessionView(UUID id, Instant createdAt, Instant expiresAt, @Nullable Instant lastUsedAt, boolean current) {
}
