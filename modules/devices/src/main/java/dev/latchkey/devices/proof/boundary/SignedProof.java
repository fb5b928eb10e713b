package dev.latchkey.devices.proof.boundary;

import dev.latchkey.kernel.error.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * A device's signature over {@code deviceId.nonce.timestamp} as a request carries it, before any
 * check (CONTRACT.md section 4): at {@code POST /api/devices/{id}/verify} and inside a sign-in.
 */
public record SignedProof(String nonce, Long timestamp, String signature) {

    /** The missing fields, named under {@code prefix} ("" for a body of its own, "proof." inside a sign-in). */
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
