package dev.latchkey.sessions.twofactor.boundary;

import java.util.Optional;
import java.util.UUID;

/** A sign-in's second step passed: for this account, bound to this device if the first step proved one. */
public record SecondStepPassed(UUID accountId, Optional<UUID> deviceId) {
}
