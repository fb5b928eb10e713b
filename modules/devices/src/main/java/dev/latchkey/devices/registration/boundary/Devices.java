package dev.latchkey.devices.registration.boundary;

import dev.latchkey.devices.proof.control.EcKeys;
import dev.latchkey.devices.registration.control.DeviceErrors;
import dev.latchkey.devices.registration.entity.AccountDevices;
import dev.latchkey.devices.registration.entity.Device;
import dev.latchkey.kernel.events.DeviceRevoked;
import dev.latchkey.kernel.error.ValidationFailed;
import dev.latchkey.kernel.error.Violation;
import dev.latchkey.kernel.secrets.Secrets;
import dev.latchkey.kernel.version.VersionTag;
import dev.latchkey.platform.persistence.PersistenceErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The devices module's face: registration under the quota, reads, rename and revocation.
 * The quota holds under concurrency through the {@code @Version} of the account's
 * {@link AccountDevices} row: of two registrations that counted the same devices only one
 * commits, the other is retried (MP Fault Tolerance, with jitter) on a fresh count.
 */
@ApplicationScoped
@Transactional
public class Devices {

    static final String PLAN = "basic";

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Event<DeviceRevoked> revoked;
    @Inject
    @ConfigProperty(name = "devices.max-per-account", defaultValue = "5")
    int maxPerAccount;

    @Retry(retryOn = OptimisticLockException.class, maxRetries = 40, delay = 5, jitter = 25)
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public DeviceView register(UUID accountId, @NotNull @Valid NewDevice device) {
        var key = EcKeys.parseP256(device.publicKey()).orElseThrow(() -> new ValidationFailed(new Violation("publicKey",
                Violation.Type.FORMAT, "must be a base64 X.509 SubjectPublicKeyInfo of an EC P-256 key")));
        String fingerprint = Secrets.sha256Hex(EcKeys.canonical(key));
        em.createNativeQuery("insert into account_devices (account_id) values (?1) on conflict do nothing")
                .setParameter(1, accountId).executeUpdate();
        AccountDevices owner = em.find(AccountDevices.class, accountId);
        List<Device> active = em.createQuery("select d from Device d where d.accountId = :account and d.state = :active", Device.class)
                .setParameter("account", accountId).setParameter("active", Device.State.ACTIVE).getResultList();
        Optional<Device> same = active.stream().filter(d -> fingerprint.equals(d.keyFingerprint())).findFirst();
        if (same.isPresent()) {
            throw new DeviceErrors.AlreadyRegistered(same.get());
        }
        if (active.size() >= maxPerAccount) {
            throw new DeviceErrors.QuotaExceeded(active.size(), maxPerAccount, PLAN);
        }
        owner.registered();
        Device created = new Device(accountId, device.name().strip(), blankToNull(device.platform()),
                device.publicKey().strip(), fingerprint, clock.instant());
        em.persist(created);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (PersistenceErrors.violatedConstraint(e).filter("uk_device_account_key"::equals).isPresent()) {
                // the same key registered at this moment by another request: count again
                throw new OptimisticLockException("concurrent registration of the same key");
            }
            throw e;
        }
        return DeviceView.of(created);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DevicePage list(UUID accountId, int page, int size) {
        List<Device> devices = em.createQuery("select d from Device d where d.accountId = :account order by d.createdAt, d.id", Device.class)
                .setParameter("account", accountId).setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(d) from Device d where d.accountId = :account", Long.class)
                .setParameter("account", accountId).getSingleResult();
        return new DevicePage(devices.stream().map(DeviceView::of).toList(), page, size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeviceView find(UUID accountId, UUID deviceId) {
        return DeviceView.of(owned(accountId, deviceId));
    }

    public DeviceView rename(UUID accountId, UUID deviceId, String name, Optional<String> ifMatch) {
        Device device = owned(accountId, deviceId);
        VersionTag.requireMatch(ifMatch, device.id(), device.version());
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
        em.flush();
        return DeviceView.of(device);
    }

    public void revoke(UUID accountId, UUID deviceId, Optional<String> ifMatch) {
        Device device = owned(accountId, deviceId);
        VersionTag.requireMatch(ifMatch, device.id(), device.version());
        if (!device.isActive()) {
            throw new DeviceErrors.InvalidState(device);
        }
        device.revoke("revoked_by_owner", clock.instant());
        revoked.fire(new DeviceRevoked(device.id()));
    }

    private Device owned(UUID accountId, UUID deviceId) {
        Device device = em.find(Device.class, deviceId);
        if (device == null || !device.accountId().equals(accountId)) {
            throw DeviceErrors.notFound(deviceId);
        }
        return device;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
