/**
 * Rate limits (CONTRACT.md section 5): their configured sizes, a counter per limit and subject in
 * PostgreSQL counted exactly ({@code RateLimits}) or in batches per node ({@code BatchedRateLimits}),
 * and what one request counted ({@code RateLimitUsages}). The web module decides which request
 * counts against which limit; the refresh limit is counted by the sessions module, which alone knows
 * the account of a refresh token.
 */
package dev.latchkey.platform.ratelimit;
