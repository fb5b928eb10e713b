package dev.latchkey.devices.proof.boundary;

import dev.latchkey.devices.proof.control.ChallengeNonces;
import dev.latchkey.devices.proof.control.EcKeys;
import dev.latchkey.devices.proof.control.KnownDevices;
import dev.latchkey.devices.proof.control.PublicKeys;
import dev.latchkey.devices.registration.control.DeviceErrors;
import dev.latchkey.devices.registration.control.DevicePolicy;
import dev.latchkey.devices.registration.control.DeviceStore;
import dev.latchkey.devices.registration.entity.Device;
import dev.latchkey.kernel.error.LatchkeyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Proof of possession: the device signs {@code deviceId + "." + nonce + "." + timestamp} with its
 * P-256 key. Nonces are single use, even when the proof fails (the attempt commits), and live
 * five minutes; the signed timestamp may be at most {@code devices.signature-max-age} old.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = LatchkeyException.class)
public class DeviceProofs {

    @Inject
    DeviceStore store;
    @Inject
    DevicePolicy policy;
    @Inject
    Clock clock;
    @Inject
    PublicKeys keys;
    @Inject
    KnownDevices known;
    @Inject
    ChallengeNonces nonces;

    /** A nonce for the device; with a caller, only for the caller's own device. Writes nothing ({@link ChallengeNonces}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Challenge challenge(UUID deviceId, Optional<UUID> caller) {
        active(deviceId, caller, caller.isPresent(), caller.isPresent() ? DeviceErrors.NotFound::new : DeviceErrors.NotRegistered::new);
        Instant expires = clock.instant().plus(policy.challengeTtl()).truncatedTo(ChronoUnit.SECONDS);
        return new Challenge(nonces.issue(deviceId, expires), expires);
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
        active(deviceId, Optional.of(accountId), true, DeviceErrors.NotRegistered::new);
    }

    /** Checks a proof; the nonce is spent whatever the outcome. */
    public Verified verify(UUID deviceId, String nonce, long timestamp, String signature) {
        KnownDevices.Entry device = active(deviceId, Optional.empty(), false, DeviceErrors.NotRegistered::new);
        Instant now = clock.instant();
        Instant expires = nonces.expiryOf(deviceId, nonce).filter(expiry -> store.spendNonce(deviceId, nonce, expiry, now))
                .orElseThrow(() -> new DeviceErrors.SignatureInvalid("unknown_or_used_nonce", true));
        if (!now.isBefore(expires)) {
            throw new DeviceErrors.SignatureExpired(Math.max(0, now.toEpochMilli() - timestamp), policy.signatureMaxAgeMillis(), timestamp);
        }
        long age = now.toEpochMilli() - timestamp;
        if (age > policy.signatureMaxAgeMillis()) {
            throw new DeviceErrors.SignatureExpired(age, policy.signatureMaxAgeMillis(), timestamp);
        }
        if (-age > policy.clockSkew().toMillis()) {
            throw new DeviceErrors.SignatureInvalid("timestamp_in_the_future", true);
        }
        boolean valid = keys.parse(device.publicKey())
                .map(key -> EcKeys.verify(key, deviceId + "." + nonce + "." + timestamp, signature))
                .orElse(false);
        if (!valid) {
            throw new DeviceErrors.SignatureInvalid("signature_mismatch", true);
        }
        if (known.firstUseThisSecond(deviceId, now)) {
            store.markUsed(deviceId, now);
        }
        return new Verified(true, deviceId);
    }

    /**
     * The active device (of {@code owner}, when given): from this node's memory when it holds it,
     * else read; a missing one (or another account's) is {@code absent}, a revoked one DEVICE_REVOKED
     * (when and why only {@code toOwner}: a bearer caller, or a sign-in past its password).
     */
    private KnownDevices.Entry active(UUID deviceId, Optional<UUID> owner, boolean toOwner,
                                      Function<UUID, ? extends RuntimeException> absent) {
        Optional<KnownDevices.Entry> cached = known.cached(deviceId);
        if (cached.isPresent() && owner.map(cached.get().accountId()::equals).orElse(true)) {
            return cached.get();
        }
        Device device = known.load(deviceId, () -> store.find(deviceId))
                .filter(d -> owner.map(d.accountId()::equals).orElse(true))
                .orElseThrow(() -> absent.apply(deviceId));
        if (!device.isActive()) {
            throw new DeviceErrors.Revoked(device, toOwner);
        }
        return KnownDevices.Entry.of(device);
    }
}
