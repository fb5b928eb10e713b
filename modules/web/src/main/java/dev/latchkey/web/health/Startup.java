package dev.latchkey.web.health;

import dev.latchkey.accounts.bootstrap.AdminBootstrap;
import dev.latchkey.accounts.registration.control.AccountKeys;
import dev.latchkey.accounts.signin.boundary.SignIn;
import dev.latchkey.platform.housekeeping.Housekeeping;
import dev.latchkey.platform.keys.KeyRing;
import dev.latchkey.platform.mail.SmtpSender;
import dev.latchkey.sessions.twofactor.control.TotpSecretsAtRest;
import dev.latchkey.platform.mail.MailDelivery;
import dev.latchkey.platform.persistence.Database;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What happens once as the application starts: the keys (a bad one stops here, loudly), quiet
 * loggers that would print rows, schema migrations (readiness retries them if the database is
 * down), TOTP secrets sealed, the first administrator, mail delivery, housekeeping, and the
 * sign-in's dummy hash.
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
    @Inject
    KeyRing keys;
    @Inject
    TotpSecretsAtRest totpSecrets;
    @Inject
    SmtpSender smtp;
    @Inject
    AccountKeys accountKeys;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        QuietLoggers.apply();
        keys.signingKey();
        if (database.migrate()) {
            try {
                int sealed = totpSecrets.sealPlainSecrets();
                int rekeyed = accountKeys.rekeyOldAccounts();
                if (sealed + rekeyed > 0) {
                    LOG.info(() -> "Sealed the TOTP secrets of " + sealed + " accounts; gave " + rekeyed + " accounts identity keys");
                }
                adminBootstrap.ensureAdministrator();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Start-up data tasks not done: {0}", e.toString());
            }
        }
        smtp.warnIfLogging();
        mailDelivery.start();
        housekeeping.start();
        signIn.warmUp();
    }
}
