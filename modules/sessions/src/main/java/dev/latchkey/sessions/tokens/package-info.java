/**
 * Sessions and their tokens: a session per sign-in with an absolute lifetime under the concurrent
 * limit, an HS256 access token that names it (key from the key ring), an opaque refresh token kept
 * only as a hash and rotated with reuse detection, and recognising the session behind a token.
 */
package dev.latchkey.sessions.tokens;
