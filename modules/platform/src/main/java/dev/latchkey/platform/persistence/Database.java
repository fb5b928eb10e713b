package dev.latchkey.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.Flyway;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The service's PostgreSQL: the container-managed data source (defined by the deployed
 * module, see the web module's {@code LatchkeyApplication}), its schema migrations (Flyway, applied when the web module starts and again by the
 * readiness probe until they succeed) and a liveness probe of the connection.
 */
@ApplicationScoped
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/latchkey";
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private volatile DataSource dataSource;
    private volatile boolean migrated;

    /** Looked up on first use: the deployed module defines it after CDI has started. */
    private DataSource dataSource() {
        if (dataSource == null) {
            try {
                dataSource = InitialContext.doLookup(JNDI_NAME);
            } catch (NamingException e) {
                throw new IllegalStateException("data source " + JNDI_NAME + " is not defined", e);
            }
        }
        return dataSource;
    }

    /** Applies pending migrations once; false while the database cannot be reached. */
    public synchronized boolean migrate() {
        if (migrated) {
            return true;
        }
        try {
            Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            migrated = true;
            LOG.info("Database schema is up to date");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Schema migration failed; will try again: {0}", e.getMessage());
        }
        return migrated;
    }

    /** True when a connection answers within two seconds and the schema is migrated. */
    public boolean isUp() {
        try (Connection connection = dataSource().getConnection()) {
            return connection.isValid(2) && migrate();
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
