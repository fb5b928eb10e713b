/**
 * Maintenance mode: one row in PostgreSQL, so every node sees a change at once and it survives
 * restarts. The web module decides which requests it stops.
 */
package dev.latchkey.platform.maintenance;
