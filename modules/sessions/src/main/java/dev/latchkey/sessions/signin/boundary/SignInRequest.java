package dev.latchkey.sessions.signin.boundary;

import dev.latchkey.devices.proof.boundary.SignedProof;

import java.util.UUID;

/**
 * A sign-in as it arrives: login and password, and optionally the device it claims with its
 * proof. Nothing is checked yet; {@link SignIns} checks the whole of it before any password.
 */
public record SignInRequest(String login, String password, String deviceId, SignedProof proof) {

    /** The proven device a session is bound to, once checked. */
    record ClaimedDevice(UUID deviceId, String nonce, long timestamp, String signature) {
    }

}
