package dev.latchkey.sessions.twofactor.control;

import dev.latchkey.platform.keys.SecretBox;
import dev.latchkey.platform.startup.StartupTask;
import dev.latchkey.sessions.twofactor.entity.TotpFactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.logging.Logger;

/** Seals, once at start-up, TOTP secrets stored in plain text by versions before sealing. */
@ApplicationScoped
public class TotpSecretsAtRest implements StartupTask {

    private static final Logger LOG = Logger.getLogger(TotpSecretsAtRest.class.getName());

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;
    @Inject
    SecretBox box;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void run() {
        int sealed = sealPlainSecrets();
        if (sealed > 0) {
            LOG.info(() -> "Sealed the TOTP secrets of " + sealed + " accounts");
        }
    }

    @Transactional
    public int sealPlainSecrets() {
        List<TotpFactor> plain = em.createQuery("select f from TotpFactor f where (f.secret is not null and f.secret not like 'gcm1.%') "
                + "or (f.pendingSecret is not null and f.pendingSecret not like 'gcm1.%')", TotpFactor.class).getResultList();
        plain.forEach(factor -> factor.reseal(value -> SecretBox.isSealed(value) ? value : box.seal(factor.sealContext(), value)));
        return plain.size();
    }
}
