package dev.latchkey.platform.startup;

/**
 * Something a module does once as the application starts, after the schema is migrated. Each
 * module declares its own as CDI beans; the web module's start-up runs them all, in {@link #order()}.
 */
public interface StartupTask {

    /** Lower runs first: 0 keys, 10 data repairs, 20 first data, 30 warm-ups, 90 background work. */
    int order();

    /** False for work that must run even while the database is down (it retries by itself). */
    default boolean needsDatabase() {
        return true;
    }

    void run();
}
