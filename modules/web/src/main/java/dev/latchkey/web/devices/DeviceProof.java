package dev.latchkey.web.devices;

import dev.latchkey.devices.proof.boundary.SignedProof;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A device's proof of possession as a request carries it: at {@code POST /api/devices/{id}/verify}
 * as the body, in a sign-in as {@code proof}. One schema for both.
 */
@Schema(name = "DeviceProof")
public record DeviceProof(@Schema(required = true) String nonce,
                          @Schema(required = true, type = SchemaType.INTEGER, format = "int64",
                                  description = "epoch milliseconds, a JSON integer") Long timestamp,
                          @Schema(required = true, description = "base64 ECDSA P-256/SHA-256 signature, DER or 64-byte r‖s, over deviceId.nonce.timestamp")
                          String signature) {

    /** As the devices module takes it (also inside a sign-in). */
    public SignedProof toSignedProof() {
        return new SignedProof(nonce, timestamp, signature);
    }
}
