package dev.latchkey.web.devices;

import dev.latchkey.kernel.error.Violation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

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

    /** As a sign-in carries it, for the sessions module to check with the rest of the sign-in. */
    public dev.latchkey.sessions.signin.boundary.SignInRequest.Proof toSignIn() {
        return new dev.latchkey.sessions.signin.boundary.SignInRequest.Proof(nonce, timestamp, signature);
    }

    /** The missing fields, named under {@code prefix} ("" for a body, "proof." inside a sign-in). */
    public List<Violation> missing(String prefix) {
        List<Violation> missing = new ArrayList<>();
        if (nonce == null) {
            missing.add(Violation.required(prefix + "nonce"));
        }
        if (timestamp == null) {
            missing.add(Violation.required(prefix + "timestamp"));
        }
        if (signature == null) {
            missing.add(Violation.required(prefix + "signature"));
        }
        return missing;
    }
}
