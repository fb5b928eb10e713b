package dev.latchkey.sessions.apikeys.boundary;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A key just created: its secret {@code key} is shown this once. */
public record NewApiKey(UUID id, String name, List<String> scopes, String key, Instant createdAt) {
}
