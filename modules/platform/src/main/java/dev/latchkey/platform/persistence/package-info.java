/**
 * The database every module shares: its data source and migrations ({@link dev.latchkey.platform.persistence.Database})
 * the translation of database failures into catalogue errors, and the retry of a quota race
 * ({@link dev.latchkey.platform.persistence.ConflictRetry}). Modules keep their own
 * entities and their own migration files under {@code db/migration}.
 */
package dev.latchkey.platform.persistence;
