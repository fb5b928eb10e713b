package dev.latchkey.platform.ratelimit;

import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.RateLimitExceeded;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RateLimitTest {

    static final RateLimit DEVICES = new RateLimit("device-registration", 3, Duration.ofHours(24), ErrorCode.RATE_LIMIT_DEVICE);

    @Test
    void windowsAreGivenInWholeWords() {
        assertEquals("24 hours", DEVICES.windowInWords());
        assertEquals("1 hour", new RateLimit("api", 1000, Duration.ofHours(1), ErrorCode.RATE_LIMIT_API).windowInWords());
        assertEquals("15 minutes", new RateLimit("auth", 5, Duration.ofMinutes(15), ErrorCode.RATE_LIMIT_AUTH).windowInWords());
        assertEquals("90 seconds", new RateLimit("auth", 5, Duration.ofSeconds(90), ErrorCode.RATE_LIMIT_AUTH).windowInWords());
    }

    @Test
    void theHitThatReachesTheLimitIsAllowedAndTheNextIsNot() {
        Instant at = Instant.parse("2026-01-01T00:00:00.250Z");
        Instant reset = at.plus(Duration.ofHours(24));
        Usage third = new Usage(DEVICES, 3, reset, at);
        assertEquals(0, third.remaining());
        assertDoesNotThrow(third::requireAllowed);

        RateLimitExceeded fourth = assertThrows(RateLimitExceeded.class, () -> new Usage(DEVICES, 4, reset, at).requireAllowed());
        assertEquals(ErrorCode.RATE_LIMIT_DEVICE, fourth.code());
        assertEquals(3, fourth.details().get("limit"));
        assertEquals("24 hours", fourth.details().get("window"));
        assertEquals(86_400L, fourth.details().get("retry_after"));
        assertEquals("2026-01-02T00:00:00Z", fourth.details().get("reset_time"));
    }

    @Test
    void retryAfterRoundsUpAndIsNeverZero() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        RateLimitExceeded almost = assertThrows(RateLimitExceeded.class,
                () -> new Usage(DEVICES, 9, at.plusMillis(10), at).requireAllowed());
        assertEquals(1L, almost.details().get("retry_after"));
    }
}
