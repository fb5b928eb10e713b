package dev.latchkey.web.auth;

import dev.latchkey.sessions.apikeys.boundary.KeyCaller;
import dev.latchkey.sessions.tokens.boundary.SessionCaller;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling an {@link Authenticated} route: a person through a session, or a machine through
 * an API key acting for its account with the key's scopes. The account is always known; the
 * session only for people.
 */
public record Principal(Kind kind, UUID accountId, Optional<UUID> sessionId, Optional<UUID> keyId, Set<String> scopes) {

    public enum Kind { SESSION, API_KEY }

    static Principal of(SessionCaller session) {
        return new Principal(Kind.SESSION, session.accountId(), Optional.of(session.sessionId()), Optional.empty(), Set.of());
    }

    static Principal of(KeyCaller key) {
        return new Principal(Kind.API_KEY, key.accountId(), Optional.empty(), Optional.of(key.keyId()), key.scopes());
    }

    /** Whose requests count together against the API rate limit: the API key's, else the account's. */
    public String rateLimitSubject() {
        return keyId.map(key -> "key:" + key).orElseGet(() -> "account:" + accountId);
    }

    /** The session making the request, for routes that only a session may call ({@link BearerOnly}). */
    public UUID session() {
        return sessionId.orElseThrow(() -> new IllegalStateException("this route needs a session, not " + kind));
    }
}
