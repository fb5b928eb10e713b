package dev.latchkey.devices.proof.control;

import dev.latchkey.devices.registration.entity.Device;
import dev.latchkey.platform.invalidation.InvalidatedCache;
import dev.latchkey.platform.invalidation.Invalidations;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The active devices this node has read, for proofs without a database read. Whatever changes a
 * device's state, key or owner, or deletes it, is announced by the device table's trigger when it
 * commits (V23), and every node drops the device; revoked devices are never kept. Also remembers
 * the second this node last marked each device used, so that a device proving many times a second
 * is written once a second at most.
 */
@ApplicationScoped
public class KnownDevices implements Invalidations.Subscriber {

    private static final int MAX_ENTRIES = 100_000;
    private static final String KEY = "device:";

    /** What a proof needs of an active device. */
    public record Entry(UUID id, UUID accountId, String publicKey) {
        public static Entry of(Device device) {
            return new Entry(device.id(), device.accountId(), device.publicKey());
        }
    }

    @Inject
    Invalidations invalidations;

    private InvalidatedCache<UUID, Entry> entries;
    private final Map<UUID, Long> markedSecond = new ConcurrentHashMap<>();

    @PostConstruct
    void subscribe() {
        entries = new InvalidatedCache<>(invalidations, MAX_ENTRIES);
        invalidations.subscribe(this);
    }

    /** The active device, if this node holds it. */
    public Optional<Entry> cached(UUID deviceId) {
        return entries.cached(deviceId);
    }

    /** Reads the device with {@code read} and keeps it if it is active and nothing changed meanwhile. */
    public Optional<Device> load(UUID deviceId, Supplier<Optional<Device>> read) {
        return entries.load(deviceId, read, device -> device.filter(Device::isActive).map(Entry::of));
    }

    /**
     * In the transaction that revokes it: the device stops proving on every node when it commits
     * (the trigger announces it too; this makes the commit wait until this node has heard it).
     */
    public void revoked(UUID deviceId) {
        invalidations.announce(KEY + deviceId);
    }

    /** Whether this node has not marked the device used in this second yet (and now has). */
    public boolean firstUseThisSecond(UUID deviceId, Instant now) {
        long second = now.getEpochSecond();
        if (markedSecond.size() >= MAX_ENTRIES) {
            markedSecond.clear();
        }
        Long before = markedSecond.put(deviceId, second);
        return before == null || before != second;
    }

    @Override
    public void invalidated(String key) {
        if (key.startsWith(KEY)) {
            UUID deviceId = UUID.fromString(key.substring(KEY.length()));
            entries.drop(deviceId);
        }
    }

    @Override
    public void forgetAll() {
        entries.dropAll();
    }
}
