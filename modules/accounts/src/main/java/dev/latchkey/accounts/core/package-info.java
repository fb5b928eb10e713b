/**
 * The account core every accounts feature builds on: the {@code account} entity and table, its
 * store (unique email and username by their identity keys, see {@code Identifiers}), the module's
 * policy, and the read view other modules and the web layer see. It depends on no other feature.
 */
package dev.latchkey.accounts.core;
