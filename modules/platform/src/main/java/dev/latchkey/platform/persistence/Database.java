package dev.latchkey.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The service's PostgreSQL: the container-managed data source (configured through
 * MicroProfile Config: {@code db.url}, {@code db.user}, {@code db.password}, i.e. DB_URL,
 * DB_USER, DB_PASSWORD), its schema migrations (Flyway, applied at start and again by the
 * readiness probe until they succeed) and a liveness probe of the connection.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 48,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=10000"
        })
@ApplicationScoped
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/latchkey";
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    private volatile boolean migrated;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        migrate();
    }

    /** Applies pending migrations once; false while the database cannot be reached. */
    public synchronized boolean migrate() {
        if (migrated) {
            return true;
        }
        try {
            Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
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
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2) && migrate();
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
