/**
 * Sign-in: checking a login and password without revealing which accounts exist, and the
 * lockout after too many failures, exact under concurrency. Sessions and tokens are the
 * sessions module's; this feature only says which account it is.
 */
package dev.latchkey.accounts.signin;
