/**
 * Device registration: EC P-256 public keys under the per-account quota, listing, renaming
 * and revocation. Owns the {@code device} and {@code account_devices} tables.
 */
package dev.latchkey.devices.registration;
