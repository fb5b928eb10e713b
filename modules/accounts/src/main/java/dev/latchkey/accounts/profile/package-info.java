/** An account holder's own changes: display name, and password with the current one. */
package dev.latchkey.accounts.profile;
