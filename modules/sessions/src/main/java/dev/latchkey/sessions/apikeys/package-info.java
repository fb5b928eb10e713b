/**
 * API keys: a machine's credential that acts for its account with the scopes it was given. The key
 * is shown once and kept as its SHA-256, so checking one costs a hash and a primary-key read, never
 * a password hash. A revoked key, or the key of an account no longer ACTIVE, stops working at once.
 * Owns {@code api_key}.
 */
package dev.latchkey.sessions.apikeys;
