package dev.latchkey.platform.maintenance;

import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.LatchkeyException;
import dev.latchkey.kernel.time.Clocks;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A write while maintenance is on: 503 SERVICE_MAINTENANCE with Retry-After (until the estimated end, else a minute). */
public class UnderMaintenance extends LatchkeyException {

    static final Duration DEFAULT_WAIT = Duration.ofMinutes(1);

    private final transient Duration wait;

    public UnderMaintenance(Optional<Instant> estimatedEnd, Instant now) {
        super(ErrorCode.SERVICE_MAINTENANCE, details("maintenance_type", "scheduled",
                "estimated_end", estimatedEnd.map(Clocks::rfc3339).orElse(null)));
        this.wait = estimatedEnd.filter(now::isBefore).map(end -> Duration.between(now, end)).orElse(DEFAULT_WAIT);
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(wait);
    }
}
