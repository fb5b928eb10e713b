package dev.latchkey.web.webhooks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The bodies of the webhook subscription routes. */
final class WebhookRequests {

    private WebhookRequests() {
    }

    @Schema(name = "WebhookSubscriptionRequest")
    public record Subscribe(@Schema(required = true, description = "absolute http(s) URL; public addresses only unless webhooks.allow-private-targets")
                            String url,
                            @Schema(required = true, description = "event types: account.created, account.confirmed, account.locked, "
                                    + "account.status_changed, session.created, session.ended, device.registered, device.revoked, "
                                    + "mfa.enabled, mfa.disabled") List<String> events) {
    }
}
