package dev.latchkey.kernel.events;

import java.util.Optional;
import java.util.UUID;

/**
 * Fired in the transaction of a change after which an account's sessions must end (password
 * changed or reset, account deactivated...): all of them, or all but the one making the change.
 * The sessions module observes it; the accounts module does not know sessions.
 */
public record SessionsToEnd(UUID accountId, Optional<UUID> keep, String reason) {
}
