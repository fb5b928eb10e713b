package dev.latchkey.web.health;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loggers that would write request data to the log: Hibernate's SQL exception helper logs the
 * driver's message for every failed statement, which for a duplicate registration was the whole
 * row (email, username, password hash). The failures themselves still reach the error mappers,
 * which log what matters without rows. The loggers are held here so their levels are not lost to
 * garbage collection.
 */
final class QuietLoggers {

    private static final List<Logger> QUIETED = List.of(
            Logger.getLogger("org.hibernate.engine.jdbc.spi.SqlExceptionHelper"),
            Logger.getLogger("org.hibernate.engine.jdbc.batch.internal.BatchingBatch"));

    private QuietLoggers() {
    }

    static void apply() {
        QUIETED.forEach(logger -> logger.setLevel(Level.OFF));
    }
}
