package dev.latchkey.accounts.core.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Gives accounts made before identity keys ({@link Identifiers}) their keys, once at start-up,
 * each in its own transaction. Two old accounts whose keys clash keep their old keys, and the
 * clash is logged for an operator to resolve.
 */
@ApplicationScoped
public class AccountKeys {

    private static final Logger LOG = Logger.getLogger(AccountKeys.class.getName());

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;
    @Inject
    AccountKeys self;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int rekeyOldAccounts() {
        int done = 0;
        for (Object[] row : self.oldAccounts()) {
            try {
                self.rekey((UUID) row[0], (String) row[1], (String) row[2]);
                done++;
            } catch (RuntimeException e) {
                LOG.warning(() -> "Account " + row[0] + " keeps its old identity keys: its email or username looks like another account's");
            }
        }
        return done;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Object[]> oldAccounts() {
        return em.createNativeQuery("select id, email, username from account where keys_version = 0").getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void rekey(UUID id, String email, String username) {
        em.createNativeQuery("update account set email_key = ?1, username_key = ?2, keys_version = 1 where id = ?3")
                .setParameter(1, Identifiers.key(email)).setParameter(2, Identifiers.key(username)).setParameter(3, id)
                .executeUpdate();
    }
}
