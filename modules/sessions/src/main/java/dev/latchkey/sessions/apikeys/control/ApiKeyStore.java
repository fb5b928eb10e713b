package dev.latchkey.sessions.apikeys.control;

import dev.latchkey.kernel.secrets.Secrets;
import dev.latchkey.platform.persistence.PersistenceErrors;
import dev.latchkey.sessions.apikeys.entity.ApiKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** API keys in PostgreSQL; a name taken among the account's live keys is DUPLICATE_ENTRY on {@code name}. */
@ApplicationScoped
public class ApiKeyStore {

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;

    public ApiKey add(ApiKey key) {
        em.persist(key);
        PersistenceErrors.flush(em, Map.of("uk_api_key_name", "name"));
        return key;
    }

    public Optional<ApiKey> find(UUID id) {
        return Optional.ofNullable(em.find(ApiKey.class, id));
    }

    /** The key whose secret has this SHA-256 ({@code Secrets.lookupKey}). */
    public Optional<ApiKey> findByHash(String hash) {
        return em.createQuery("select k from ApiKey k where k.keyHash = :hash", ApiKey.class)
                .setParameter("hash", hash).getResultStream().findFirst();
    }

    public List<ApiKey> ofAccount(UUID accountId) {
        return em.createQuery("select k from ApiKey k where k.accountId = :account order by k.createdAt, k.id", ApiKey.class)
                .setParameter("account", accountId).getResultList();
    }
}
