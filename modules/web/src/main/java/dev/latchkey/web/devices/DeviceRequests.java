package dev.latchkey.web.devices;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the device routes as they arrive; the façades check their rules. */
final class DeviceRequests {

    private DeviceRequests() {
    }

    @Schema(name = "DeviceRegistration")
    record Register(@Schema(required = true, maxLength = 100) String name,
                    @Schema(required = true, description = "base64 X.509 SubjectPublicKeyInfo of an EC P-256 key") String publicKey,
                    @Schema(maxLength = 50) String platform) {
    }

    @Schema(name = "DeviceRename")
    record Rename(@Schema(required = true, maxLength = 100) String name) {
    }

    @Schema(name = "DeviceProof")
    record Proof(@Schema(required = true) String nonce,
                 @Schema(required = true, description = "epoch milliseconds, a JSON number") Long timestamp,
                 @Schema(required = true, description = "base64 ECDSA P-256/SHA-256 signature, DER or 64-byte r‖s, over deviceId.nonce.timestamp")
                 String signature) {
    }
}
