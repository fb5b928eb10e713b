package dev.latchkey.web.devices;

import jakarta.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.latchkey.devices.registration.boundary.DeviceView;

import java.time.Instant;
import java.util.UUID;

/** A device as CONTRACT.md section 4 shows it; revokedAt and revocationReason only once revoked. */
public record DeviceResponse(UUID id, String name, @Nullable String platform, String state, Instant createdAt, @Nullable Instant lastUsedAt,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Instant revokedAt,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String revocationReason) {

    static DeviceResponse of(DeviceView d) {
        return new DeviceResponse(d.id(), d.name(), d.platform(), d.state(), d.createdAt(), d.lastUsedAt(), d.revokedAt(), d.revocationReason());
    }
}
