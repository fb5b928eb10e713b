/** Start-up tasks of the accounts module: identity keys for old rows, the first administrator, the sign-in warm-up. */
package dev.latchkey.accounts.bootstrap;
