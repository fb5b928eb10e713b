package dev.latchkey.devices.registration.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A device to register: a name, its EC P-256 public key (base64 SubjectPublicKeyInfo), its platform. */
public record NewDevice(@NotBlank @Size(max = 100) String name, @NotNull String publicKey, @Size(max = 50) String platform) {
}
