package dev.latchkey.devices.registration.boundary;

import dev.latchkey.platform.persistence.ConflictRetry;
import dev.latchkey.platform.webhooks.WebhookEvents;
import dev.latchkey.devices.proof.control.EcKeys;
import dev.latchkey.devices.proof.control.KnownDevices;
import dev.latchkey.devices.registration.control.DeviceErrors;
import dev.latchkey.devices.registration.control.DevicePolicy;
import dev.latchkey.devices.registration.control.DeviceStore;
import dev.latchkey.devices.registration.entity.AccountDevices;
import dev.latchkey.devices.registration.entity.Device;
import dev.latchkey.kernel.events.DeviceRevoked;
import dev.latchkey.kernel.error.ValidationFailed;
import dev.latchkey.kernel.error.Violation;
import dev.latchkey.kernel.secrets.Secrets;
import dev.latchkey.kernel.version.ExpectedVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The devices module's face: registration under the quota, reads, rename and revocation.
 * The quota holds under concurrency through the {@code @Version} of the account's
 * {@link AccountDevices} row ({@code QuotaRows}): of two registrations that counted the same
 * devices only one commits, the other is retried ({@link ConflictRetry}) on a fresh count.
 */
@ApplicationScoped
@Transactional
public class Devices {

    @Inject
    DeviceStore store;
    @Inject
    DevicePolicy policy;
    @Inject
    Clock clock;
    @Inject
    Event<DeviceRevoked> revoked;
    @Inject
    KnownDevices known;
    @Inject
    WebhookEvents events;
    @Inject
    ConflictRetry conflicts;
    @Inject
    Devices self;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public DeviceView register(UUID accountId, @NotNull @Valid NewDevice device) {
        return conflicts.untilCommitted(() -> self.registerOnce(accountId, device));
    }

    /** One try of {@link #register}, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public DeviceView registerOnce(UUID accountId, NewDevice device) {
        var key = EcKeys.parseP256(device.publicKey()).orElseThrow(() -> new ValidationFailed(new Violation("publicKey",
                Violation.Type.FORMAT, "must be a base64 X.509 SubjectPublicKeyInfo of an EC P-256 key")));
        String fingerprint = Secrets.sha256Hex(EcKeys.canonical(key));
        AccountDevices quota = store.quotaOf(accountId);
        List<Device> active = store.active(accountId);
        Optional<Device> same = active.stream().filter(d -> fingerprint.equals(d.keyFingerprint())).findFirst();
        if (same.isPresent()) {
            throw new DeviceErrors.AlreadyRegistered(same.get());
        }
        if (active.size() >= policy.maxPerAccount()) {
            throw new DeviceErrors.QuotaExceeded(active.size(), policy.maxPerAccount(), policy.plan());
        }
        quota.registered();
        Device created = new Device(accountId, device.name().strip(), blankToNull(device.platform()),
                device.publicKey().strip(), fingerprint, clock.instant());
        store.add(created);
        events.publish(WebhookEvents.DEVICE_REGISTERED, "accountId", accountId, "deviceId", created.id(), "platform", created.platform());
        store.flush();
        return DeviceView.of(created);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DevicePage list(UUID accountId, int page, int size) {
        return new DevicePage(store.page(accountId, page, size).stream().map(DeviceView::of).toList(), page, size, store.count(accountId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeviceView find(UUID accountId, UUID deviceId) {
        return DeviceView.of(owned(accountId, deviceId));
    }

    public DeviceView rename(UUID accountId, UUID deviceId, String name, Optional<ExpectedVersion> expectedVersion) {
        Device device = owned(accountId, deviceId);
        expectedVersion.ifPresent(expected -> expected.requireCurrent(device.id(), device.version()));
        if (!device.isActive()) {
            throw new DeviceErrors.InvalidState(device);
        }
        if (name == null || name.isBlank()) {
            throw new ValidationFailed(Violation.required("name"));
        }
        if (name.strip().length() > 100) {
            throw new ValidationFailed(Violation.maxLength("name", 100));
        }
        device.rename(name.strip());
        store.flush();
        return DeviceView.of(device);
    }

    public void revoke(UUID accountId, UUID deviceId, Optional<ExpectedVersion> expectedVersion) {
        Device device = owned(accountId, deviceId);
        expectedVersion.ifPresent(expected -> expected.requireCurrent(device.id(), device.version()));
        if (!device.isActive()) {
            throw new DeviceErrors.InvalidState(device);
        }
        device.revoke("revoked_by_owner", clock.instant());
        known.revoked(device.id());
        revoked.fire(new DeviceRevoked(device.id(), accountId));
        events.publish(WebhookEvents.DEVICE_REVOKED, "accountId", accountId, "deviceId", device.id(), "reason", "revoked_by_owner");
    }

    private Device owned(UUID accountId, UUID deviceId) {
        return store.find(deviceId).filter(device -> device.accountId().equals(accountId))
                .orElseThrow(() -> new DeviceErrors.NotFound(deviceId));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
