package dev.latchkey.devices.proof.boundary;

import java.time.Instant;

/** A nonce for the device to sign, and until when it may be used. */
public record Challenge(String nonce, Instant expiresAt) {
}
