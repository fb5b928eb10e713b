/**
 * Cross-node invalidation of what nodes keep in memory, over PostgreSQL LISTEN/NOTIFY: a change
 * announces the key it changed inside its transaction, and every node drops that key when the
 * transaction commits. Nodes need nothing but the database they already share.
 */
package dev.latchkey.platform.invalidation;
