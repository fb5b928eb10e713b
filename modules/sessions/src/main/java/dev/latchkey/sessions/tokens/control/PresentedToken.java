package dev.latchkey.sessions.tokens.control;

import dev.latchkey.sessions.tokens.entity.RefreshToken;
import dev.latchkey.sessions.tokens.entity.Session;

/** A refresh token as presented, with the session it belongs to, both locked. */
public record PresentedToken(RefreshToken token, Session session) {
}
