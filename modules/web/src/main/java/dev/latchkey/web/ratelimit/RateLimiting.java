package dev.latchkey.web.ratelimit;

import dev.latchkey.platform.ratelimit.RateLimits;
import dev.latchkey.platform.ratelimit.Usage;
import dev.latchkey.web.auth.CurrentPrincipal;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Counts a {@link RateLimited} call after authentication and after the Idempotency-Key check
 * (a replay is not a new call), answers the limit's RATE_LIMIT_* code with Retry-After when it
 * is spent, and puts {@code X-RateLimit-Limit}, {@code -Remaining} and {@code -Reset} (epoch
 * seconds) on every response of a limited route, error or not.
 */
@Provider
@RateLimited
@Priority(Priorities.USER + 100)
public class RateLimiting implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String USAGE = "latchkey.rate-limit.usage";

    @Inject
    RateLimits limits;
    @Inject
    CurrentPrincipal caller;
    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        RateLimited limited = resource.getResourceMethod().getAnnotation(RateLimited.class);
        if (limited == null) {
            limited = resource.getResourceClass().getAnnotation(RateLimited.class);
        }
        String subject = switch (limited.per()) {
            case ACCOUNT -> caller.get().accountId().toString();
        };
        Usage usage = limits.hit(limited.value(), subject);
        request.setProperty(USAGE, usage);
        usage.requireAllowed();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(USAGE) instanceof Usage usage) {
            response.getHeaders().putSingle("X-RateLimit-Limit", String.valueOf(usage.limit().limit()));
            response.getHeaders().putSingle("X-RateLimit-Remaining", String.valueOf(usage.remaining()));
            response.getHeaders().putSingle("X-RateLimit-Reset", String.valueOf(usage.resetAt().getEpochSecond()));
        }
    }
}
