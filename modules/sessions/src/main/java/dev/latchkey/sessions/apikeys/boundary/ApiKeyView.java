package dev.latchkey.sessions.apikeys.boundary;

import dev.latchkey.sessions.apikeys.entity.ApiKey;
import jakarta.annotation.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An API key as its owner sees it, without the secret. */
public record ApiKeyView(UUID id, String name, List<String> scopes, Instant createdAt, @Nullable Instant revokedAt) {

    static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(key.id(), key.name(), List.copyOf(key.scopes()), key.createdAt(), key.revokedAt());
    }
}
