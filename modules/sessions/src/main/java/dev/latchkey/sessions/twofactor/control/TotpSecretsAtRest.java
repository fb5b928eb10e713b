package dev.latchkey.sessions.twofactor.control;

import dev.latchkey.platform.keys.SecretBox;
import dev.latchkey.sessions.twofactor.entity.TotpFactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/** Seals, once at start-up, TOTP secrets stored in plain text by versions before sealing. */
@ApplicationScoped
public class TotpSecretsAtRest {

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;
    @Inject
    SecretBox box;

    @Transactional
    public int sealPlainSecrets() {
        List<TotpFactor> plain = em.createQuery("select f from TotpFactor f where (f.secret is not null and f.secret not like 'gcm1.%') "
                + "or (f.pendingSecret is not null and f.pendingSecret not like 'gcm1.%')", TotpFactor.class).getResultList();
        plain.forEach(factor -> factor.reseal(value -> SecretBox.isSealed(value) ? value : box.seal(factor.sealContext(), value)));
        return plain.size();
    }
}
