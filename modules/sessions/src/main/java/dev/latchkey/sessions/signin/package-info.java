/**
 * Sign-in as one use case: the whole request checked first, then the password (accounts), the
 * device proof (devices), the second factor and the session (this module), answered as a sealed
 * {@link dev.latchkey.sessions.signin.boundary.SignInOutcome}. The web layer only maps HTTP to it.
 */
package dev.latchkey.sessions.signin;
