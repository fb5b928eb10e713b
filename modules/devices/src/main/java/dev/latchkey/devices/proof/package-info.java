/**
 * Device proof: single-use challenges (nonces that carry their own HMAC, spent by one insert into
 * the {@code device_challenge} table, which this feature owns) and the check of ECDSA P-256
 * signatures over them, with Bouncy Castle's lightweight verifier.
 */
package dev.latchkey.devices.proof;
