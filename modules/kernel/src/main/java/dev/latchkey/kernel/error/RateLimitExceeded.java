package dev.latchkey.kernel.error;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A rate limit is spent: one of the four RATE_LIMIT_* codes, with the limit, its window in
 * words ("24 hours"), the attempts counted so far, seconds until the window resets
 * ({@code retry_after}, also the Retry-After header) and when it does ({@code reset_time}).
 */
public class RateLimitExceeded extends LatchkeyException {

    private final String limitName;

    public RateLimitExceeded(String limitName, ErrorCode code, int limit, String window, long attempts, long retryAfterSeconds, Instant resetTime) {
        super(code, details("limit", limit, "window", window, "attempts", attempts,
                "retry_after", retryAfterSeconds, "reset_time", resetTime.truncatedTo(ChronoUnit.SECONDS).toString()));
        this.limitName = limitName;
    }

    /** Which limit it was (auth, 2fa-verify, api ...): for metrics, not for the answer. */
    public String limitName() {
        return limitName;
    }
}
