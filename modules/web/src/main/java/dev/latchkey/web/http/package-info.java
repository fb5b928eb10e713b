/** HTTP mechanisms every route shares: request ids, body limits, idempotency, negotiation, conditional requests, paging, OPTIONS. */
package dev.latchkey.web.http;
