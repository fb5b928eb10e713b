package dev.latchkey.web.admin;

import dev.latchkey.accounts.groups.boundary.GroupView;

import java.time.Instant;
import java.util.UUID;

/** A group (CONTRACT.md section 4, Administration). */
public record GroupResponse(UUID id, String name, Instant createdAt) {

    static GroupResponse of(GroupView group) {
        return new GroupResponse(group.id(), group.name(), group.createdAt());
    }
}
