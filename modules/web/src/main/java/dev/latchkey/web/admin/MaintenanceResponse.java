package dev.latchkey.web.admin;

import dev.latchkey.platform.maintenance.MaintenanceState;
import jakarta.annotation.Nullable;

import java.time.Instant;

/** Maintenance mode as it now is. */
public record MaintenanceResponse(boolean enabled, @Nullable Instant estimatedEnd, Instant updatedAt) {

    static MaintenanceResponse of(MaintenanceState state) {
        return new MaintenanceResponse(state.enabled(), state.estimatedEnd().orElse(null), state.updatedAt());
    }
}
