package dev.latchkey.accounts.bootstrap;

import dev.latchkey.accounts.core.control.AccountKeys;
import dev.latchkey.accounts.signin.boundary.Logins;
import dev.latchkey.platform.startup.StartupTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/** The accounts module's start-up: identity keys for old rows, the first administrator, the sign-in's dummy hash. */
final class AccountsStartup {

    private static final Logger LOG = Logger.getLogger(AccountsStartup.class.getName());

    private AccountsStartup() {
    }

    @ApplicationScoped
    static class Rekey implements StartupTask {
        @Inject
        AccountKeys keys;

        @Override
        public int order() {
            return 10;
        }

        @Override
        public void run() {
            int rekeyed = keys.rekeyOldAccounts();
            if (rekeyed > 0) {
                LOG.info(() -> "Gave " + rekeyed + " accounts identity keys");
            }
        }
    }

    @ApplicationScoped
    static class Administrator implements StartupTask {
        @Inject
        AdminBootstrap bootstrap;

        @Override
        public int order() {
            return 20;
        }

        @Override
        public void run() {
            bootstrap.ensureAdministrator();
        }
    }

    @ApplicationScoped
    static class WarmUp implements StartupTask {
        @Inject
        Logins logins;

        @Override
        public int order() {
            return 30;
        }

        @Override
        public boolean needsDatabase() {
            return false;
        }

        @Override
        public void run() {
            logins.warmUp();
        }
    }
}
