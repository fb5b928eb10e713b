/**
 * Rate limits (CONTRACT.md section 5): their configured sizes and a counter per limit and
 * subject in PostgreSQL. The web module decides which request hits which limit.
 */
package dev.latchkey.platform.ratelimit;
