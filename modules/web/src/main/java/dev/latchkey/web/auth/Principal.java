package dev.latchkey.web.auth;

import dev.latchkey.sessions.tokens.boundary.SessionCaller;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling an {@link Authenticated} route: a person through a session (so far the only
 * kind; API keys come with their issue, acting for their account with the key's scopes). The
 * account is always known; the session only for people.
 */
public record Principal(Kind kind, UUID accountId, Optional<UUID> sessionId) {

    public enum Kind { SESSION }

    static Principal of(SessionCaller session) {
        return new Principal(Kind.SESSION, session.accountId(), Optional.of(session.sessionId()));
    }

    /** The session making the request, for the routes that act on it (sign out, ending the other sessions). */
    public UUID session() {
        return sessionId.orElseThrow(() -> new IllegalStateException("this route needs a session, not " + kind));
    }
}
