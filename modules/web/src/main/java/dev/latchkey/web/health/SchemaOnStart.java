package dev.latchkey.web.health;

import dev.latchkey.platform.persistence.Database;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Migrates the schema as the application starts; if the database is down, readiness retries. */
@WebListener
public class SchemaOnStart implements ServletContextListener {

    @Inject
    Database database;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        database.migrate();
    }
}
