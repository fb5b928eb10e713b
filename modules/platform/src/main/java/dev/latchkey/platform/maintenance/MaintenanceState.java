package dev.latchkey.platform.maintenance;

import java.time.Instant;
import java.util.Optional;

/** Whether maintenance is on, and when it is expected to end. */
public record MaintenanceState(boolean enabled, Optional<Instant> estimatedEnd, Instant updatedAt) {
}
