package dev.latchkey.devices.registration.boundary;

import dev.latchkey.devices.registration.entity.Device;

import java.time.Instant;
import java.util.UUID;

/** A device as its owner sees it; {@code version} drives its ETag. */
public record DeviceView(UUID id, String name, String platform, String state, Instant createdAt, Instant lastUsedAt,
                         Instant revokedAt, String revocationReason, long version) {

    public static DeviceView of(Device d) {
        return new DeviceView(d.id(), d.name(), d.platform(), d.state().name(), d.createdAt(), d.lastUsedAt(),
                d.revokedAt(), d.revocationReason(), d.version());
    }
}
