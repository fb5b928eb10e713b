package dev.latchkey.web.auth;

import dev.latchkey.kernel.error.AuthenticationRequired;
import dev.latchkey.kernel.error.TokenInvalid;
import dev.latchkey.sessions.tokens.boundary.Sessions;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * The one place where {@link Authenticated} routes learn who is calling: {@code Authorization:
 * Bearer <access token>}, checked by the sessions module (TOKEN_INVALID, TOKEN_EXPIRED,
 * SESSION_INVALID, SESSION_EXPIRED); no credentials is AUTHENTICATION_REQUIRED. The result is the
 * request's {@link Principal}. Every 401 carries {@code WWW-Authenticate: Bearer}. What a
 * principal may do on a route (permissions, a key's scopes) is decided here too, as those arrive.
 */
@Provider
@Authenticated
@Priority(Priorities.AUTHENTICATION)
public class Authentication implements ContainerRequestFilter {

    private static final String PREFIX = "Bearer ";

    @Inject
    Sessions sessions;
    @Inject
    CurrentPrincipal principal;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            throw new AuthenticationRequired("Bearer access token");
        }
        principal.set(Principal.of(sessions.authenticate(bearerToken(header))));
    }

    /** The token of an {@code Authorization: Bearer} header; anything else is TOKEN_INVALID. */
    public static String bearerToken(String header) {
        if (!header.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) || header.length() <= PREFIX.length()) {
            throw new TokenInvalid("malformed");
        }
        return header.substring(PREFIX.length()).strip();
    }
}
