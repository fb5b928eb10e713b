package dev.latchkey.web.health;

import dev.latchkey.accounts.bootstrap.AdminBootstrap;
import dev.latchkey.accounts.signin.boundary.SignIn;
import dev.latchkey.platform.housekeeping.Housekeeping;
import dev.latchkey.platform.mail.MailDelivery;
import dev.latchkey.platform.persistence.Database;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What happens once as the application starts: schema migrations (readiness retries them if the
 * database is down), the first administrator, mail delivery, housekeeping, and the sign-in's dummy hash.
 */
@WebListener
public class Startup implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Inject
    Database database;
    @Inject
    AdminBootstrap adminBootstrap;
    @Inject
    MailDelivery mailDelivery;
    @Inject
    Housekeeping housekeeping;
    @Inject
    SignIn signIn;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (database.migrate()) {
            try {
                adminBootstrap.ensureAdministrator();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Administrator not created: {0}", e.toString());
            }
        }
        mailDelivery.start();
        housekeeping.start();
        signIn.warmUp();
    }
}
