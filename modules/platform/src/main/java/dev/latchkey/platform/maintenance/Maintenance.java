package dev.latchkey.platform.maintenance;

import dev.latchkey.platform.invalidation.InvalidatedCache;
import dev.latchkey.platform.invalidation.Invalidations;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Maintenance mode, kept in its one row and held in memory by every node: a write request checks
 * it without a read. A change is announced on the invalidation channel ({@link Invalidations}) in
 * the transaction that makes it, and a trigger (V27) announces a change made in SQL, so every node
 * reads the row again once it commits; while a node does not hear the channel, it reads the row
 * on every check.
 */
@ApplicationScoped
public class Maintenance implements Invalidations.Subscriber {

    private static final String KEY = "maintenance:" + MaintenanceRow.ID;

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Invalidations invalidations;

    private InvalidatedCache<Integer, MaintenanceState> state;

    @PostConstruct
    void subscribe() {
        state = new InvalidatedCache<>(invalidations, 1);
        invalidations.subscribe(this);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MaintenanceState current() {
        return state.cached(MaintenanceRow.ID).orElseGet(() -> state.load(MaintenanceRow.ID,
                () -> em.find(MaintenanceRow.class, MaintenanceRow.ID).state(), Optional::of));
    }

    /** Refuses the request with SERVICE_MAINTENANCE while maintenance is on. */
    public void requireOff() {
        MaintenanceState now = current();
        if (now.enabled()) {
            throw new UnderMaintenance(now.estimatedEnd(), clock.instant());
        }
    }

    @Transactional
    public MaintenanceState set(boolean enabled, Optional<Instant> estimatedEnd) {
        MaintenanceRow row = em.find(MaintenanceRow.class, MaintenanceRow.ID, LockModeType.PESSIMISTIC_WRITE);
        row.set(enabled, estimatedEnd, clock.instant());
        invalidations.announce(KEY);
        return row.state();
    }

    @Override
    public void invalidated(String key) {
        if (key.equals(KEY)) {
            state.dropAll();
        }
    }

    @Override
    public void forgetAll() {
        state.dropAll();
    }
}
