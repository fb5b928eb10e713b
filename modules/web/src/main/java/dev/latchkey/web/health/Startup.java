package dev.latchkey.web.health;

import dev.latchkey.platform.persistence.Database;
import dev.latchkey.platform.startup.StartupTask;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What happens once as the application starts: quiet loggers that would print rows, schema
 * migrations (readiness retries them if the database is down), then every module's
 * {@link StartupTask}, found by CDI, in order. A task that needs the database is skipped while it
 * is down; a failing task is logged and the others run.
 */
@WebListener
public class Startup implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Inject
    Database database;
    @Inject
    Instance<StartupTask> tasks;
    @Inject
    GracefulStop gracefulStop;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        QuietLoggers.apply();
        boolean migrated = database.migrate();
        tasks.stream().sorted(Comparator.comparingInt(StartupTask::order))
                .filter(task -> migrated || !task.needsDatabase())
                .forEach(Startup::run);
        gracefulStop.install();
    }

    private static void run(StartupTask task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            if (task.order() == 0) {
                throw e; // the keys: the service must not run without them
            }
            LOG.log(Level.WARNING, "Start-up task " + task.getClass().getSimpleName() + " failed: {0}", e.toString());
        }
    }
}
