/**
 * Deleting rows that have expired. Each module says which of its tables expire and how
 * ({@link dev.latchkey.platform.housekeeping.ExpiringRows}); the platform runs the schedule.
 */
package dev.latchkey.platform.housekeeping;
