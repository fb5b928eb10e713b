package dev.latchkey.platform.startup;

import dev.latchkey.platform.housekeeping.Housekeeping;
import dev.latchkey.platform.invalidation.Invalidations;
import dev.latchkey.platform.keys.KeyRing;
import dev.latchkey.platform.mail.MailDelivery;
import dev.latchkey.platform.webhooks.WebhookDispatch;
import dev.latchkey.platform.health.DatabaseGauges;
import dev.latchkey.platform.mail.SmtpSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The platform's start-up: keys first (a bad one stops here, loudly), background work last. */
final class PlatformStartup {

    private PlatformStartup() {
    }

    @ApplicationScoped
    static class Keys implements StartupTask {
        @Inject
        KeyRing keys;

        @Override
        public int order() {
            return 0;
        }

        @Override
        public boolean needsDatabase() {
            return false;
        }

        @Override
        public void run() {
            keys.signingKey();
        }
    }

    @ApplicationScoped
    static class Background implements StartupTask {
        @Inject
        SmtpSender smtp;
        @Inject
        MailDelivery mailDelivery;
        @Inject
        WebhookDispatch webhookDispatch;
        @Inject
        Housekeeping housekeeping;
        /** Unresolvable where the server has no MicroProfile Metrics. */
        @Inject
        jakarta.enterprise.inject.Instance<DatabaseGauges> gauges;
        @Inject
        Invalidations invalidations;

        @Override
        public int order() {
            return 90;
        }

        @Override
        public boolean needsDatabase() {
            return false;
        }

        @Override
        public void run() {
            smtp.warnIfLogging();
            mailDelivery.start();
            webhookDispatch.start();
            if (gauges.isResolvable()) {
                gauges.get().registerGauges();
            }
            housekeeping.start();
            invalidations.start();
        }
    }
}
