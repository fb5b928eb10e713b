package dev.latchkey.web.metrics;

import dev.latchkey.kernel.events.LockoutBegun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service's metrics in MicroProfile Metrics' application registry. Where the server has no
 * MicroProfile Metrics (WildFly 39 has Micrometer instead), CDI leaves this bean out and nothing is counted. Each series is looked up once and kept, so a
 * request costs a map lookup and a timer update.
 */
@ApplicationScoped
public class ServiceMetrics {

    /** The routes whose POSTs are sign-in steps. */
    static final Set<String> SIGN_IN_ROUTES = Set.of("/api/auth/login", "/api/2fa/verify");
    private static final Metadata REQUESTS = Metadata.builder().withName("latchkey.requests")
            .withDescription("Requests to the API by route (path template), method and status, with their latency")
            .withUnit(MetricUnits.NANOSECONDS).build();
    private static final Metadata SIGN_INS = Metadata.builder().withName("latchkey.signins")
            .withDescription("Sign-in steps (login and the second step) by outcome: signed_in, mfa_required or the error code").build();
    private static final Metadata LOCKOUTS = Metadata.builder().withName("latchkey.lockouts")
            .withDescription("Sign-in lockouts begun (accounts.lockout-after failures in a row), known and unknown logins alike").build();
    private static final Metadata REJECTIONS = Metadata.builder().withName("latchkey.rate_limit.rejections")
            .withDescription("Requests refused by a rate limit, by limit").build();

    @Inject
    MetricRegistry registry;

    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    void request(String route, String method, int status, long nanos) {
        timers.computeIfAbsent(route + ' ' + method + ' ' + status, key -> registry.timer(REQUESTS,
                        new Tag("route", route), new Tag("method", method), new Tag("status", Integer.toString(status))))
                .update(Duration.ofNanos(nanos));
    }

    void signIn(String outcome) {
        counter(SIGN_INS, "outcome", outcome).inc();
    }

    void rateLimited(String limit) {
        counter(REJECTIONS, "limit", limit).inc();
    }

    void lockout(@Observes LockoutBegun begun) {
        registry.counter(LOCKOUTS).inc();
    }

    private Counter counter(Metadata metadata, String tag, String value) {
        return counters.computeIfAbsent(metadata.getName() + ' ' + value, key -> registry.counter(metadata, new Tag(tag, value)));
    }
}
