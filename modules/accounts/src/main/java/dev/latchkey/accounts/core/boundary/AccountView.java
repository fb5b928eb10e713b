package dev.latchkey.accounts.core.boundary;

import dev.latchkey.accounts.core.entity.Account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account as other modules and the web layer see it; {@code version} drives its ETag. */
public record AccountView(UUID id, String email, String username, String displayName, String status,
                          boolean emailConfirmed, List<String> permissions, UUID groupId,
                          Instant createdAt, long version) {

    public static AccountView of(Account account) {
        return new AccountView(account.id(), account.email(), account.username(), account.displayName(),
                account.status().name(), account.emailConfirmed(), List.copyOf(account.permissions()),
                account.groupId(), account.createdAt(), account.version());
    }
}
