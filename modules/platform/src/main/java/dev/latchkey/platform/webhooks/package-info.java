/**
 * Webhooks, both ways. Outgoing: administrators subscribe a URL to event types
 * ({@link dev.latchkey.platform.webhooks.Webhooks}); modules publish events in the transaction that
 * causes them ({@link dev.latchkey.platform.webhooks.WebhookEvents}); {@link dev.latchkey.platform.webhooks.WebhookDispatch}
 * delivers them after commit, signed, in order per subscription, with back-off for 24 hours.
 * Inbound: {@link dev.latchkey.platform.webhooks.InboundWebhooks} checks the same signature scheme
 * and takes each webhook id once.
 */
package dev.latchkey.platform.webhooks;
