package dev.latchkey.web;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;

/**
 * Every resource lives under {@code /api}; providers and resources are discovered by scanning.
 * The data source is defined here because the container reads {@code @DataSourceDefinition}
 * from the deployed module, not from library jars; it is configured through MicroProfile
 * Config ({@code db.url}, {@code db.user}, {@code db.password}, i.e. DB_URL, DB_USER, DB_PASSWORD).
 */
@ApplicationPath("/api")
@DataSourceDefinition(
        name = "java:app/jdbc/latchkey",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 48,
        properties = {
                // PostgreSQL's error details echo whole rows (hashes included) into exception messages
                "logServerErrorDetail=false",
                // names the service's connections in pg_stat_activity (the latchkey_db_connections gauges)
                "ApplicationName=latchkey",
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit",
                // validated at checkout at most every 5 s, not on every checkout of the hot paths; a connection
                // broken since is found by its first use, and fail-all-connections then replaces the whole pool
                "fish.payara.validate-atmost-once-period-in-seconds=5",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=10000"
        })
public class LatchkeyApplication extends Application {

    /**
     * JSON goes through {@code JsonBodies} (Jackson) alone. Jersey's own Jackson feature would
     * otherwise register a second provider (with its own exception mappers and epoch-number
     * timestamps) that wins or loses against ours depending on discovery order; naming another
     * JSON feature makes it stand down, and JSON-B and MOXy are switched off outright. WADL is off:
     * OPTIONS answers a bodiless 204 with Allow (see {@code OptionsAnswers}), naming no server internals.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.jsonFeature", "LatchkeyJson",
                "jersey.config.server.jsonFeature", "LatchkeyJson",
                "jersey.config.disableJsonBinding", true,
                "jersey.config.server.disableJsonBinding", true,
                "jersey.config.disableMoxyJson", true,
                "jersey.config.server.disableMoxyJson", true,
                "jersey.config.server.wadl.disableWadl", true);
    }
}
