/**
 * Device proof: single-use challenges and the check of ECDSA P-256 signatures over them, with
 * Bouncy Castle's lightweight verifier. Owns the {@code device_challenge} table.
 */
package dev.latchkey.devices.proof;
