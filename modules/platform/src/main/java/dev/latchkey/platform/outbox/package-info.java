/** What the outboxes (mail, webhooks) share: the loop that drains one after commit and on a timer. */
package dev.latchkey.platform.outbox;
