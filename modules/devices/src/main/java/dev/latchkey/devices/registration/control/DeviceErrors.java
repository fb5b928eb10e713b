package dev.latchkey.devices.registration.control;

import dev.latchkey.devices.registration.entity.Device;
import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.LatchkeyException;
import dev.latchkey.kernel.time.Clocks;

import java.time.Instant;

/** The devices module's errors with their details (CONTRACT.md section 3). */
public final class DeviceErrors {

    private DeviceErrors() {
    }

    public static class AlreadyRegistered extends LatchkeyException {
        public AlreadyRegistered(Device device) {
            super(ErrorCode.DEVICE_ALREADY_REGISTERED, details("device_id", device.id().toString(),
                    "registration_date", Clocks.rfc3339(device.createdAt()), "last_used", Clocks.rfc3339(device.lastUsedAt()),
                    "action", "use the registered device, or revoke it before registering the key again"));
        }
    }

    public static class QuotaExceeded extends LatchkeyException {
        public QuotaExceeded(int current, int max, String plan) {
            super(ErrorCode.DEVICE_QUOTA_EXCEEDED, details("current_devices", current, "max_devices", max, "plan", plan));
        }
    }

    public static class InvalidState extends LatchkeyException {
        public InvalidState(Device device) {
            super(ErrorCode.DEVICE_INVALID_STATE, details("device_id", device.id().toString(), "state", device.state().name()));
        }
    }

    public static class Revoked extends LatchkeyException {
        /** To anyone but the owner, the revocation's date and reason are null. */
        public Revoked(Device device, boolean toOwner) {
            super(ErrorCode.DEVICE_REVOKED, details("device_id", device.id().toString(),
                    "revocation_date", toOwner ? Clocks.rfc3339(device.revokedAt()) : null,
                    "revocation_reason", toOwner ? device.revocationReason() : null, "action", "register the device again"));
        }
    }

    /** No such device for this account, other accounts' devices included. */
    public static class NotFound extends LatchkeyException {
        public NotFound(Object deviceId) {
            super(ErrorCode.DEVICE_NOT_FOUND, details("device_id", String.valueOf(deviceId)));
        }
    }

    public static class NotRegistered extends LatchkeyException {
        public NotRegistered(Object deviceId) {
            super(ErrorCode.AUTH_DEVICE_NOT_REGISTERED, details("device_id", String.valueOf(deviceId),
                    "registration_required", true, "registration_url", "/api/devices"));
        }
    }

    public static class SignatureInvalid extends LatchkeyException {
        public SignatureInvalid(String failureReason, boolean retryable) {
            super(ErrorCode.AUTH_SIGNATURE_INVALID, details("signature_type", "ECDSA_P256_SHA256",
                    "verification_method", "device_public_key", "failure_reason", failureReason, "retryable", retryable));
        }
    }

    public static class SignatureExpired extends LatchkeyException {
        public SignatureExpired(long ageMillis, long maxAgeMillis, long timestamp) {
            super(ErrorCode.AUTH_SIGNATURE_EXPIRED, details("signature_age", ageMillis, "max_age", maxAgeMillis,
                    "timestamp", Clocks.rfc3339(Instant.ofEpochMilli(timestamp)), "retryable", true));
        }
    }

}
