/** Password reset by mail: a request that reveals nothing, a single-use token, a new password. */
package dev.latchkey.accounts.reset;
