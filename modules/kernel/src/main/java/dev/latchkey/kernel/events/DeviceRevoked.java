package dev.latchkey.kernel.events;

import java.util.UUID;

/** Fired in the transaction that revokes a device; the sessions bound to it end with it. */
public record DeviceRevoked(UUID deviceId, UUID accountId) {
}
