package dev.latchkey.sessions.signin.boundary;

import java.util.UUID;

/**
 * A sign-in as it arrives: login and password, and optionally the device it claims with its
 * proof. Nothing is checked yet; {@link SignIns} checks the whole of it before any password.
 */
public record SignInRequest(String login, String password, String deviceId, Proof proof) {

    /** A device's signature over {@code deviceId.nonce.timestamp} (CONTRACT.md section 4). */
    public record Proof(String nonce, Long timestamp, String signature) {
    }

    /** The proven device a session is bound to, once checked. */
    record ClaimedDevice(UUID deviceId, String nonce, long timestamp, String signature) {
    }

}
