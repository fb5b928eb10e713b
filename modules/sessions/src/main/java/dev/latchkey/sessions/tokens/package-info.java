/**
 * Sessions and their tokens: a session per sign-in with an absolute lifetime, an HS256 access
 * token that names it, an opaque refresh token stored only as a hash. Rotation, limits and
 * two-factor come with the sessions issue.
 */
package dev.latchkey.sessions.tokens;
