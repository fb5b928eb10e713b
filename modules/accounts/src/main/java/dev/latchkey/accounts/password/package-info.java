/**
 * Passwords: the policy a new password must meet and the Argon2id hash it is stored as.
 * Nothing here knows accounts; registration and, later, password change and reset use it.
 */
package dev.latchkey.accounts.password;
