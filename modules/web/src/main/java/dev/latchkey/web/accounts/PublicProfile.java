package dev.latchkey.web.accounts;

import dev.latchkey.accounts.registration.boundary.AccountView;

import java.time.Instant;
import java.util.UUID;

/** What anyone holding an account id may read: no email, no status, no permissions. */
public record PublicProfile(UUID id, String username, String displayName, Instant createdAt) {

    static PublicProfile of(AccountView a) {
        return new PublicProfile(a.id(), a.username(), a.displayName(), a.createdAt());
    }
}
