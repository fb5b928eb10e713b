/**
 * Groups accounts belong to ({@code accounts.group-required}): created with a unique name, deleted
 * softly so that their members are told GROUP_DELETED at sign-in. Owns {@code account_group}.
 */
package dev.latchkey.accounts.groups;
