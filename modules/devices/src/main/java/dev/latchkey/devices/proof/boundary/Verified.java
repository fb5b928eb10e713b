package dev.latchkey.devices.proof.boundary;

import java.util.UUID;

/** The answer to a valid proof. */
public record Verified(boolean verified, UUID deviceId) {
}
