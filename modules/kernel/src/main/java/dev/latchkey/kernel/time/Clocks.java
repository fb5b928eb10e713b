package dev.latchkey.kernel.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

/** The one clock of the service, UTC; tests of controls pass a fixed one instead. */
@ApplicationScoped
public class Clocks {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }

    /** A time as every {@code details} and body writes it: RFC 3339 UTC to the second; null stays null. */
    public static String rfc3339(Instant instant) {
        return instant == null ? null : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** A {@code timestamptz} as a native query returns it, whichever Java type the driver chose. */
    public static Instant fromDatabase(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }
}
