package dev.latchkey.accounts.groups.boundary;

import dev.latchkey.accounts.groups.entity.AccountGroup;

import java.time.Instant;
import java.util.UUID;

/** A group as administrators see it. */
public record GroupView(UUID id, String name, Instant createdAt) {

    static GroupView of(AccountGroup group) {
        return new GroupView(group.id(), group.name(), group.createdAt());
    }
}
