package dev.latchkey.web.auth;

import dev.latchkey.accounts.core.boundary.Accounts;
import dev.latchkey.kernel.error.AuthenticationRequired;
import dev.latchkey.kernel.error.TokenInvalid;
import dev.latchkey.sessions.apikeys.boundary.ApiKeys;
import dev.latchkey.sessions.tokens.boundary.Sessions;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.AnnotatedElement;
import java.util.List;

/**
 * The one place where {@link Authenticated} routes learn who is calling and whether they may:
 * {@code Authorization: Bearer <access token>} (checked by the sessions module: TOKEN_INVALID,
 * TOKEN_EXPIRED, SESSION_INVALID, SESSION_EXPIRED) or {@code X-API-Key} (unknown, revoked, or of an
 * account no longer active: TOKEN_INVALID); neither is AUTHENTICATION_REQUIRED. Then, per route:
 * {@link BearerOnly} routes refuse keys, a key needs the scope of the route's {@link Area}
 * (INSUFFICIENT_SCOPE), and {@link RequiresPermission} is checked against the account's current
 * permissions (ACCESS_DENIED). Every 401 carries {@code WWW-Authenticate: Bearer}.
 */
@Provider
@Authenticated
@Priority(Priorities.AUTHENTICATION)
public class Authentication implements ContainerRequestFilter {

    public static final String API_KEY = "X-API-Key";
    private static final String PREFIX = "Bearer ";

    @Inject
    Sessions sessions;
    @Inject
    ApiKeys apiKeys;
    @Inject
    Accounts accounts;
    @Inject
    CurrentPrincipal principal;
    @Context
    ResourceInfo route;

    @Override
    public void filter(ContainerRequestContext request) {
        String bearer = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String key = request.getHeaderString(API_KEY);
        boolean bearerOnly = annotated(BearerOnly.class) != null;
        Principal caller;
        if (bearer != null && !bearer.isBlank()) {
            caller = Principal.of(sessions.authenticate(bearerToken(bearer)));
        } else if (key != null && !key.isBlank() && !bearerOnly) {
            caller = Principal.of(apiKeys.authenticate(key.strip()));
        } else {
            throw new AuthenticationRequired(bearerOnly ? "Bearer access token" : "Bearer access token or X-API-Key");
        }
        if (caller.kind() == Principal.Kind.API_KEY) {
            requireScope(caller, request.getMethod());
        }
        RequiresPermission permission = annotated(RequiresPermission.class);
        if (permission != null) {
            List<String> held = accounts.find(caller.accountId()).permissions();
            if (!held.contains(permission.value())) {
                throw new AccessDenied(permission.value(), held, request.getUriInfo().getRequestUri().getPath());
            }
        }
        principal.set(caller);
    }

    private void requireScope(Principal caller, String method) {
        Area area = route.getResourceClass() == null ? null : route.getResourceClass().getAnnotation(Area.class);
        if (area == null) {
            throw new AuthenticationRequired("Bearer access token");
        }
        String scope = "admin".equals(area.value()) ? "admin"
                : area.value() + (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) ? ":read" : ":write");
        if (!caller.scopes().contains(scope)) {
            throw new InsufficientScope(scope, caller.scopes());
        }
    }

    private <A extends java.lang.annotation.Annotation> A annotated(Class<A> type) {
        for (AnnotatedElement element : new AnnotatedElement[]{route.getResourceMethod(), route.getResourceClass()}) {
            if (element != null && element.getAnnotation(type) != null) {
                return element.getAnnotation(type);
            }
        }
        return null;
    }

    /** The token of an {@code Authorization: Bearer} header; anything else is TOKEN_INVALID. */
    public static String bearerToken(String header) {
        if (!header.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) || header.length() <= PREFIX.length()) {
            throw new TokenInvalid("malformed");
        }
        return header.substring(PREFIX.length()).strip();
    }
}
