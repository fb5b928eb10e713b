package dev.latchkey.sessions.apikeys.boundary;

import java.util.Set;
import java.util.UUID;

/** Who a valid API key speaks for: its account, through which key, with which scopes. */
public record KeyCaller(UUID accountId, UUID keyId, Set<String> scopes) {
}
