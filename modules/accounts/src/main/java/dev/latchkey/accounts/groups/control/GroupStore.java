package dev.latchkey.accounts.groups.control;

import dev.latchkey.accounts.groups.entity.AccountGroup;
import dev.latchkey.kernel.error.ResourceNotFound;
import dev.latchkey.platform.persistence.PersistenceErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Groups in PostgreSQL; a taken name surfaces as DUPLICATE_ENTRY on {@code name}. */
@ApplicationScoped
public class GroupStore {

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;

    public AccountGroup add(AccountGroup group) {
        em.persist(group);
        PersistenceErrors.flush(em, Map.of("uk_group_name", "name"));
        return group;
    }

    public Optional<AccountGroup> find(UUID id) {
        return Optional.ofNullable(id == null ? null : em.find(AccountGroup.class, id));
    }

    /** A group that exists and is not deleted, locked against a deletion at the same moment; else RESOURCE_NOT_FOUND. */
    public AccountGroup requireLive(UUID id) {
        return Optional.ofNullable(em.find(AccountGroup.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(group -> !group.isDeleted())
                .orElseThrow(() -> new ResourceNotFound("group", id));
    }
}
