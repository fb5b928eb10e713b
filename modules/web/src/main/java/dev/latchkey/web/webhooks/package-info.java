/** HTTP for webhooks: administrators' subscriptions and their deliveries, and the SMS gateway's signed delivery reports. */
package dev.latchkey.web.webhooks;
