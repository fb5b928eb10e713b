package dev.latchkey.platform.ratelimit;

import dev.latchkey.kernel.error.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The limits of CONTRACT.md section 5 with their defaults, each overridable as two
 * MicroProfile Config properties: {@code rate-limit.<name>.limit} and
 * {@code rate-limit.<name>.window} (e.g. RATE_LIMIT_DEVICE_REGISTRATION_LIMIT=10).
 */
@ApplicationScoped
public class RateLimitPolicy {

    public static final String AUTH = "auth";
    public static final String REFRESH = "refresh";
    public static final String TWO_FACTOR_VERIFY = "2fa-verify";
    public static final String DEVICE_REGISTRATION = "device-registration";
    public static final String API = "api";
    public static final String GLOBAL = "global";

    private static final Map<String, RateLimit> DEFAULTS = Map.of(
            AUTH, new RateLimit(AUTH, 5, Duration.ofMinutes(15), ErrorCode.RATE_LIMIT_AUTH),
            REFRESH, new RateLimit(REFRESH, 10, Duration.ofMinutes(15), ErrorCode.RATE_LIMIT_AUTH),
            TWO_FACTOR_VERIFY, new RateLimit(TWO_FACTOR_VERIFY, 10, Duration.ofMinutes(15), ErrorCode.RATE_LIMIT_AUTH),
            DEVICE_REGISTRATION, new RateLimit(DEVICE_REGISTRATION, 3, Duration.ofHours(24), ErrorCode.RATE_LIMIT_DEVICE),
            API, new RateLimit(API, 1000, Duration.ofHours(1), ErrorCode.RATE_LIMIT_API),
            GLOBAL, new RateLimit(GLOBAL, 100, Duration.ofMinutes(15), ErrorCode.RATE_LIMIT_EXCEEDED));

    private final Map<String, RateLimit> configured = new ConcurrentHashMap<>();

    /** The limit by name, as configured (read once). */
    public RateLimit limit(String name) {
        return configured.computeIfAbsent(name, RateLimitPolicy::read);
    }

    private static RateLimit read(String name) {
        RateLimit fallback = DEFAULTS.get(name);
        if (fallback == null) {
            throw new IllegalArgumentException("no rate limit named " + name);
        }
        Config config = ConfigProvider.getConfig();
        int limit = config.getOptionalValue("rate-limit." + name + ".limit", Integer.class).orElse(fallback.limit());
        Duration window = config.getOptionalValue("rate-limit." + name + ".window", String.class)
                .map(Duration::parse).orElse(fallback.window());
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("rate-limit." + name + " must be a positive count per positive window");
        }
        return new RateLimit(name, limit, window, fallback.code());
    }
}
