/** Start-up tasks of the accounts module: the first administrator from the environment. */
package dev.latchkey.accounts.bootstrap;
