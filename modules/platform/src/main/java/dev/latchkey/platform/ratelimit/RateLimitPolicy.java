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
 * {@code rate-limit.<name>.window} (e.g. RATE_LIMIT_DEVICE_REGISTRATION_LIMIT=10). Beside them:
 * {@code rate-limit.enabled} (true; false turns every limit off, for benchmarks or behind a gateway
 * that limits already) and {@code rate-limit.batch} (64: how many hits of a batched limit, api,
 * refresh or global, a node takes from the shared counter at once at most; 1 counts every request in the database).
 */
@ApplicationScoped
public class RateLimitPolicy {

    public static final String AUTH = "auth";
    public static final String REFRESH = "refresh";
    public static final String TWO_FACTOR_VERIFY = "2fa-verify";
    public static final String TWO_FACTOR_SETUP = "2fa-setup";
    public static final String TWO_FACTOR_SEND_EMAIL = "2fa-send-email";
    public static final String TWO_FACTOR_SEND_SMS = "2fa-send-sms";
    public static final String DEVICE_REGISTRATION = "device-registration";
    public static final String API = "api";
    public static final String GLOBAL = "global";

    private static final Map<String, RateLimit> DEFAULTS = Map.of(
            AUTH, new RateLimit(AUTH, 5, Duration.ofMinutes(15), ErrorCode.RATE_LIMIT_AUTH),
            REFRESH, new RateLimit(REFRESH, 10, Duration.ofMinutes(15), ErrorCode.RATE_LIMIT_AUTH),
            TWO_FACTOR_VERIFY, new RateLimit(TWO_FACTOR_VERIFY, 10, Duration.ofMinutes(15), ErrorCode.RATE_LIMIT_AUTH),
            TWO_FACTOR_SETUP, new RateLimit(TWO_FACTOR_SETUP, 10, Duration.ofMinutes(15), ErrorCode.RATE_LIMIT_AUTH),
            TWO_FACTOR_SEND_EMAIL, new RateLimit(TWO_FACTOR_SEND_EMAIL, 10, Duration.ofHours(1), ErrorCode.RATE_LIMIT_AUTH),
            TWO_FACTOR_SEND_SMS, new RateLimit(TWO_FACTOR_SEND_SMS, 5, Duration.ofHours(1), ErrorCode.RATE_LIMIT_AUTH),
            DEVICE_REGISTRATION, new RateLimit(DEVICE_REGISTRATION, 3, Duration.ofHours(24), ErrorCode.RATE_LIMIT_DEVICE),
            API, new RateLimit(API, 1000, Duration.ofHours(1), ErrorCode.RATE_LIMIT_API),
            GLOBAL, new RateLimit(GLOBAL, 100, Duration.ofMinutes(15), ErrorCode.RATE_LIMIT_EXCEEDED));

    private final Map<String, RateLimit> configured = new ConcurrentHashMap<>();
    private volatile Boolean enabled;
    private volatile Integer batch;

    /** The limit by name, as configured (read once). */
    public RateLimit limit(String name) {
        return configured.computeIfAbsent(name, RateLimitPolicy::read);
    }

    /** The code a caller over the named limit gets (whatever its configured size). */
    public static ErrorCode codeOf(String name) {
        return DEFAULTS.get(name).code();
    }

    /**
     * Whether the named limit is counted in batches ({@link BatchedRateLimits}): the ones met on every
     * call of a kind (api, refresh, global). The others stay small and are counted hit by hit.
     */
    public static boolean isBatched(String name) {
        return API.equals(name) || REFRESH.equals(name) || GLOBAL.equals(name);
    }

    /** Whether limits are counted at all ({@code rate-limit.enabled}, true by default). */
    public boolean enabled() {
        if (enabled == null) {
            enabled = ConfigProvider.getConfig().getOptionalValue("rate-limit.enabled", Boolean.class).orElse(true);
        }
        return enabled;
    }

    /** The most hits of a batched limit (api, refresh, global) one node takes from the shared counter in one go ({@code rate-limit.batch}). */
    public int batch() {
        if (batch == null) {
            int configured = ConfigProvider.getConfig().getOptionalValue("rate-limit.batch", Integer.class).orElse(64);
            if (configured < 1) {
                throw new IllegalArgumentException("rate-limit.batch must be at least 1");
            }
            batch = configured;
        }
        return batch;
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
