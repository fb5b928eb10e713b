package dev.latchkey.platform.ratelimit;

import dev.latchkey.kernel.error.ErrorCode;

import java.time.Duration;

/**
 * A limit as configured: {@code rate-limit.<name>.limit} hits per {@code rate-limit.<name>.window}
 * (ISO-8601), and the code a caller over it gets.
 */
public record RateLimit(String name, int limit, Duration window, ErrorCode code) {

    /** The window in words, as error details give it: "24 hours", "15 minutes", "90 seconds". */
    public String windowInWords() {
        long seconds = window.toSeconds();
        if (seconds % 3600 == 0) {
            return plural(seconds / 3600, "hour");
        }
        if (seconds % 60 == 0) {
            return plural(seconds / 60, "minute");
        }
        return plural(seconds, "second");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
