package dev.latchkey.web.metrics;

import dev.latchkey.sessions.twofactor.boundary.MfaChallengeView;
import dev.latchkey.web.envelope.Envelope;
import dev.latchkey.web.errors.ErrorResponses;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;

/**
 * Times every request to a route and counts it by route (the path template, e.g.
 * {@code /api/devices/{id}}), method and status; sign-ins ({@code POST /api/auth/login},
 * {@code POST /api/2fa/verify}) are also counted by outcome, and rate-limit rejections by limit.
 * First in and last out, so what the other filters answer is counted too.
 */
@Provider
@Priority(1)
public class RequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {

    static final String STARTED = RequestMetrics.class.getName() + ".started";
    /** Each resource method's route, worked out once. */
    private static final java.util.Map<Method, String> ROUTES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Unresolvable where the server has no MicroProfile Metrics: then nothing is counted. */
    @Inject
    Instance<ServiceMetrics> available;
    private volatile ServiceMetrics metrics;
    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (metrics() != null) {
            request.setProperty(STARTED, System.nanoTime());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        Method method = resource.getResourceMethod();
        ServiceMetrics metrics = metrics();
        if (!(started instanceof Long start) || method == null || metrics == null) {
            return;
        }
        String route = ROUTES.computeIfAbsent(method, m -> route(resource.getResourceClass(), m));
        int status = response.getStatus();
        metrics.request(route, request.getMethod(), status, System.nanoTime() - start);
        Object code = request.getProperty(ErrorResponses.ERROR_CODE);
        if (ServiceMetrics.SIGN_IN_ROUTES.contains(route) && "POST".equals(request.getMethod())) {
            metrics.signIn(code != null ? code.toString() : status == 200 && isChallenge(response) ? "mfa_required" : "signed_in");
        }
        Object limit = request.getProperty(ErrorResponses.RATE_LIMIT);
        if (limit != null) {
            metrics.rateLimited(limit.toString());
        }
    }

    /** The metrics, or null where the server has none (the container may make this filter more than once). */
    private ServiceMetrics metrics() {
        ServiceMetrics known = metrics;
        if (known == null && available.isResolvable()) {
            known = available.get();
            metrics = known;
        }
        return known;
    }

    private static boolean isChallenge(ContainerResponseContext response) {
        return response.getEntity() instanceof Envelope envelope && envelope.data() instanceof MfaChallengeView;
    }

    static String route(Class<?> type, Method method) {
        StringBuilder route = new StringBuilder("/api");
        append(route, type.getAnnotation(Path.class));
        append(route, method.getAnnotation(Path.class));
        return route.toString();
    }

    private static void append(StringBuilder route, Path path) {
        if (path != null && !path.value().isEmpty() && !path.value().equals("/")) {
            route.append('/').append(path.value().replaceAll("^/+|/+$", ""));
        }
    }
}
