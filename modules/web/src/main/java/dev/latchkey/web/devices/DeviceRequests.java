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
}
