/**
 * Sessions: sign-in sessions with their access and refresh tokens, rotation with reuse
 * detection, concurrency limits and two-factor authentication. Built by the sessions issue.
 */
package dev.latchkey.sessions;
