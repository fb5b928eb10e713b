package dev.latchkey.devices.proof.boundary;

import dev.latchkey.devices.proof.control.EcKeys;
import dev.latchkey.devices.proof.control.PublicKeys;
import dev.latchkey.devices.proof.entity.DeviceChallenge;
import dev.latchkey.devices.registration.control.DeviceErrors;
import dev.latchkey.devices.registration.entity.Device;
import dev.latchkey.kernel.error.LatchkeyException;
import dev.latchkey.kernel.secrets.Secrets;
import dev.latchkey.kernel.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Proof of possession: the device signs {@code deviceId + "." + nonce + "." + timestamp} with its
 * P-256 key. Nonces are single use, even when the proof fails (the attempt commits), and live
 * five minutes; the signed timestamp may be at most {@code devices.signature-max-age} old.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = LatchkeyException.class)
public class DeviceProofs {

    static final Duration CHALLENGE_TTL = Duration.ofMinutes(5);
    /** How far ahead of this server's clock a device's timestamp may be. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    PublicKeys keys;
    @Inject
    @ConfigProperty(name = "devices.signature-max-age", defaultValue = "300000")
    long maxAgeMillis;

    /** A nonce for the device; with a caller, only for the caller's own device. */
    public Challenge challenge(UUID deviceId, Optional<UUID> caller) {
        Device device = em.find(Device.class, deviceId);
        if (caller.isPresent() && (device == null || !device.accountId().equals(caller.get()))) {
            throw DeviceErrors.notFound(deviceId);
        }
        usable(device, deviceId, caller.isPresent());
        String nonce = Secrets.randomToken();
        Instant expires = clock.instant().plus(CHALLENGE_TTL);
        em.persist(new DeviceChallenge(nonce, deviceId, expires));
        return new Challenge(nonce, expires);
    }

    /** Checks a sign-in's proof: as {@link #verify}, and the device must be the account's. */
    public Verified verifyFor(UUID accountId, UUID deviceId, String nonce, long timestamp, String signature) {
        requireUsable(accountId, deviceId);
        return verify(deviceId, nonce, timestamp, signature);
    }

    /**
     * The device is the account's and still active: AUTH_DEVICE_NOT_REGISTERED or DEVICE_REVOKED
     * otherwise. For a sign-in whose second step comes after the proof.
     */
    public void requireUsable(UUID accountId, UUID deviceId) {
        Device device = em.find(Device.class, deviceId);
        if (device != null && !device.accountId().equals(accountId)) {
            device = null;
        }
        usable(device, deviceId, true);
    }

    /** Checks a proof; the nonce is spent whatever the outcome. */
    public Verified verify(UUID deviceId, String nonce, long timestamp, String signature) {
        Device device = em.find(Device.class, deviceId);
        usable(device, deviceId, false);
        Instant now = clock.instant();
        Instant expires = spend(deviceId, nonce, now)
                .orElseThrow(() -> new DeviceErrors.SignatureInvalid("unknown_or_used_nonce", true));
        if (!now.isBefore(expires)) {
            throw new DeviceErrors.SignatureExpired(Math.max(0, now.toEpochMilli() - timestamp), maxAgeMillis, timestamp);
        }
        long age = now.toEpochMilli() - timestamp;
        if (age > maxAgeMillis) {
            throw new DeviceErrors.SignatureExpired(age, maxAgeMillis, timestamp);
        }
        if (-age > CLOCK_SKEW.toMillis()) {
            throw new DeviceErrors.SignatureInvalid("timestamp_in_the_future", true);
        }
        boolean valid = keys.parse(device.publicKey())
                .map(key -> EcKeys.verify(key, deviceId + "." + nonce + "." + timestamp, signature))
                .orElse(false);
        if (!valid) {
            throw new DeviceErrors.SignatureInvalid("signature_mismatch", true);
        }
        // A usage timestamp to the second (as it is shown): no version bump, and no write at all when
        // it already says this second, so parallel proofs of one device neither conflict nor queue
        // on its row lock.
        em.createQuery("update Device d set d.lastUsedAt = :now where d.id = :id"
                        + " and (d.lastUsedAt is null or d.lastUsedAt < :second)")
                .setParameter("now", now).setParameter("second", now.truncatedTo(ChronoUnit.SECONDS))
                .setParameter("id", deviceId).executeUpdate();
        return new Verified(true, deviceId);
    }

    /**
     * Marks the device's unused nonce used, in one statement (so of two proofs with one nonce
     * exactly one gets it), and answers when the nonce expires; empty for an unknown, used or
     * other device's nonce.
     */
    private Optional<Instant> spend(UUID deviceId, String nonce, Instant now) {
        if (nonce == null || nonce.length() > 100) {
            return Optional.empty();
        }
        List<?> expires = em.createNativeQuery("update device_challenge set used_at = ?1, version = version + 1"
                        + " where nonce = ?2 and device_id = ?3 and used_at is null returning expires_at")
                .setParameter(1, now).setParameter(2, nonce).setParameter(3, deviceId)
                .getResultList();
        return expires.stream().findFirst().map(Clocks::fromDatabase);
    }

    /** Only the owner (a bearer caller, or a sign-in past its password) hears when and why a device was revoked. */
    private static void usable(Device device, UUID deviceId, boolean toOwner) {
        if (device == null) {
            throw new DeviceErrors.NotRegistered(deviceId);
        }
        if (!device.isActive()) {
            throw new DeviceErrors.Revoked(device, toOwner);
        }
    }
}
