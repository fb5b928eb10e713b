package dev.latchkey.accounts.groups.boundary;

import dev.latchkey.accounts.groups.control.GroupStore;
import dev.latchkey.accounts.groups.entity.AccountGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.util.UUID;

/** Creating and deleting groups (administrators only; the web layer checks). */
@ApplicationScoped
@Transactional
public class Groups {

    @Inject
    GroupStore store;
    @Inject
    Clock clock;

    public GroupView create(@NotBlank @Size(max = 100) String name) {
        return GroupView.of(store.add(new AccountGroup(name.strip(), clock.instant())));
    }

    /** Deletes the group; its members keep it and are told GROUP_DELETED when a group is required. */
    public void delete(UUID id) {
        store.requireLive(id).delete(clock.instant());
    }
}
