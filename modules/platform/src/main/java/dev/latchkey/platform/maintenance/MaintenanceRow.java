package dev.latchkey.platform.maintenance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;

/** The one row of maintenance mode. */
@Entity
@Table(name = "maintenance")
public class MaintenanceRow {

    static final int ID = 1;

    @Id
    private int id;
    private boolean enabled;
    @Column(name = "estimated_end")
    private Instant estimatedEnd;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected MaintenanceRow() {
    }

    void set(boolean on, Optional<Instant> end, Instant now) {
        enabled = on;
        estimatedEnd = on ? end.orElse(null) : null;
        updatedAt = now;
    }

    MaintenanceState state() {
        return new MaintenanceState(enabled, Optional.ofNullable(estimatedEnd), updatedAt);
    }
}
