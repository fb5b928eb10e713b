/**
 * Two-factor authentication: TOTP secrets and their setup, single-use backup codes, and the
 * challenge that completes a sign-in when the factor is on.
 */
package dev.latchkey.sessions.twofactor;
