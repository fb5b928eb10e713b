/**
 * Idempotent POSTs: which caller used which key with which body, and what the first request
 * answered. The web module's filter decides when to claim, replay, complete or release.
 */
package dev.latchkey.platform.idempotency;
