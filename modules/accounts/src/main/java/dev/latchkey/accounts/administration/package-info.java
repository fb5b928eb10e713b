/**
 * Administration of accounts: listing, the status life cycle (approve, decline, deactivate,
 * reactivate, each recorded once in {@code account_status_change}), unlocking, permissions and
 * group membership. Transitions lock the account's row, so of concurrent administrators one
 * changes the state and the others see the new one.
 */
package dev.latchkey.accounts.administration;
