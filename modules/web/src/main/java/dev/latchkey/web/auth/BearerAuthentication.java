package dev.latchkey.web.auth;

import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.LatchkeyException;
import dev.latchkey.sessions.tokens.boundary.Sessions;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;

/**
 * {@code Authorization: Bearer <access token>} on {@link Authenticated} methods: none is
 * AUTHENTICATION_REQUIRED, anything else the sessions module does not accept is its error
 * (TOKEN_INVALID, TOKEN_EXPIRED, SESSION_INVALID, SESSION_EXPIRED). Every 401 carries
 * {@code WWW-Authenticate: Bearer}.
 */
@Provider
@Authenticated
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthentication implements ContainerRequestFilter {

    private static final String PREFIX = "Bearer ";

    @Inject
    Sessions sessions;
    @Inject
    CurrentCaller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            throw new LatchkeyException(ErrorCode.AUTHENTICATION_REQUIRED, Map.of("required", "Bearer access token"));
        }
        if (!header.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) || header.length() <= PREFIX.length()) {
            throw new LatchkeyException(ErrorCode.TOKEN_INVALID, Map.of("reason", "malformed"));
        }
        caller.set(sessions.authenticate(header.substring(PREFIX.length()).strip()));
    }
}
