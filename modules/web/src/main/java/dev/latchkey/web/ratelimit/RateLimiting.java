package dev.latchkey.web.ratelimit;

import dev.latchkey.platform.ratelimit.BatchedRateLimits;
import dev.latchkey.platform.ratelimit.RateLimitPolicy;
import dev.latchkey.platform.ratelimit.RateLimitUsages;
import dev.latchkey.platform.ratelimit.RateLimits;
import dev.latchkey.platform.ratelimit.Usage;
import dev.latchkey.web.auth.CurrentPrincipal;
import dev.latchkey.web.http.ClientAddresses;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Counts each call against the limits of its route ({@link RouteLimits}; CONTRACT.md section 5):
 * the limits met on every call of a kind ({@code api}, {@code global}) batched per node (see
 * {@code BatchedRateLimits}), the others exactly. Counting runs
 * after authentication and after the Idempotency-Key check (a replay is not a new call). A spent limit answers its RATE_LIMIT_* code with Retry-After; every answer of a counted call, error
 * or not, carries {@code X-RateLimit-Limit}, {@code -Remaining} and {@code -Reset} (epoch seconds)
 * of the limit with the fewest requests left, wherever in the request it was counted.
 */
@Provider
@Priority(Priorities.USER + 100)
public class RateLimiting implements ContainerRequestFilter, ContainerResponseFilter {

    @Inject
    RateLimits exact;
    @Inject
    BatchedRateLimits batched;
    @Inject
    RateLimitPolicy policy;
    @Inject
    RateLimitUsages usages;
    @Inject
    CurrentPrincipal caller;
    @Inject
    ClientAddresses clients;
    @Context
    ResourceInfo resource;
    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceMethod() == null || !policy.enabled()) {
            return;
        }
        for (RouteLimits.Counted counted : RouteLimits.of(resource.getResourceMethod(), resource.getResourceClass())) {
            String subject = switch (counted.per()) {
                case API_CALLER -> caller.get().rateLimitSubject();
                case ACCOUNT -> caller.get().accountId().toString();
                case CLIENT -> clients.of(servletRequest);
                case TOKEN_OWNER -> null;
            };
            if (subject != null) {
                Usage usage = RateLimitPolicy.isBatched(counted.limit())
                        ? batched.hit(counted.limit(), subject) : exact.hit(counted.limit(), subject);
                usage.requireAllowed();
            }
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        usages.tightest().ifPresent(usage -> {
            response.getHeaders().putSingle("X-RateLimit-Limit", String.valueOf(usage.limit().limit()));
            response.getHeaders().putSingle("X-RateLimit-Remaining", String.valueOf(usage.remaining()));
            response.getHeaders().putSingle("X-RateLimit-Reset", String.valueOf(usage.resetAt().getEpochSecond()));
        });
    }
}
