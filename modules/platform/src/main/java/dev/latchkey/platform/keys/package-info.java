/**
 * The service's own keys, kept out of the database: the key that signs access tokens and the key
 * that encrypts secrets at rest, each with the previous ones still accepted while they rotate out
 * ({@link dev.latchkey.platform.keys.KeyRing}), and authenticated encryption with them
 * ({@link dev.latchkey.platform.keys.SecretBox}). A copy of the database alone reads no secret.
 */
package dev.latchkey.platform.keys;
