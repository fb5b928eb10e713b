package dev.latchkey.platform.ratelimit;

import dev.latchkey.kernel.error.RateLimitExceeded;

import java.time.Duration;
import java.time.Instant;

/** What one hit left of a limit: hits counted in the current window, when it resets, and when the hit was. */
public record Usage(RateLimit limit, long hits, Instant resetAt, Instant at) {

    /** A usage that counted nothing, when limits are off ({@code rate-limit.enabled=false}). */
    static Usage unlimited(RateLimit limit, Instant at) {
        return new Usage(limit, 0, at, at);
    }

    public boolean allowed() {
        return hits <= limit.limit();
    }

    public long remaining() {
        return Math.max(0, limit.limit() - hits);
    }

    /** Throws the limit's RATE_LIMIT_* error when this hit went over it. */
    public void requireAllowed() {
        if (!allowed()) {
            long retryAfter = Math.max(1, (Duration.between(at, resetAt).toMillis() + 999) / 1000);
            throw new RateLimitExceeded(limit.name(), limit.code(), limit.limit(), limit.windowInWords(), hits, retryAfter, resetAt);
        }
    }
}
