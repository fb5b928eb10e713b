/** Single-use tokens sent by mail (email confirmation, password reset), stored as hashes. */
package dev.latchkey.accounts.tokens;
