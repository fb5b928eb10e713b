package dev.latchkey.platform.maintenance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Maintenance mode, read from and written to its one row (one primary-key read per write request). */
@ApplicationScoped
public class Maintenance {

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public MaintenanceState current() {
        return em.find(MaintenanceRow.class, MaintenanceRow.ID).state();
    }

    /** Refuses the request with SERVICE_MAINTENANCE while maintenance is on. */
    public void requireOff() {
        MaintenanceState state = current();
        if (state.enabled()) {
            throw new UnderMaintenance(state.estimatedEnd(), clock.instant());
        }
    }

    @Transactional
    public MaintenanceState set(boolean enabled, Optional<Instant> estimatedEnd) {
        MaintenanceRow row = em.find(MaintenanceRow.class, MaintenanceRow.ID, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        row.set(enabled, estimatedEnd, clock.instant());
        return row.state();
    }
}
