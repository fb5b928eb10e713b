/** Signing up: a new account, its confirmation mail, and confirming the address with the mailed token. */
package dev.latchkey.accounts.registration;
