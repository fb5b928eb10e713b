/**
 * Passwords: the rules a new one must meet, the Argon2id hash it is stored as, and checking one
 * under the lockout ({@code PasswordCheck}, {@code LoginGuard}), for sign-in and password change alike.
 */
package dev.latchkey.accounts.password;
