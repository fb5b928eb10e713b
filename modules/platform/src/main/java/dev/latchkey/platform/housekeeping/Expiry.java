package dev.latchkey.platform.housekeeping;

import java.time.Duration;

/**
 * Rows of {@code table} that nobody will ask for again: those matching {@code expiredBefore},
 * an SQL condition in which {@code ?1} is the cut-off, now minus {@code keptAfter}. Keeping rows
 * a while after they expire keeps answers precise (an expired token says so, rather than
 * "unknown").
 */
public record Expiry(String table, String expiredBefore, Duration keptAfter) {
}
