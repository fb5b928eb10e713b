/**
 * Registration: a person signs up with email, username and password and gets an account.
 * Owns the {@code account} table, its unique email and username, and the account's read view.
 */
package dev.latchkey.accounts.core;
