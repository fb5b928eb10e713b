package dev.latchkey.platform.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks an inbound webhook signed the contract's way and takes each {@code X-Webhook-Id} once.
 * The timestamp must be within five minutes of now (either way), so a captured request cannot be
 * replayed later; within the window the id is remembered, so it cannot be replayed either.
 */
@ApplicationScoped
public class InboundWebhooks {

    public static final Duration WINDOW = Duration.ofMinutes(5);
    public static final String ID = "X-Webhook-Id";
    public static final String TIMESTAMP = "X-Webhook-Timestamp";
    public static final String SIGNATURE = "X-Webhook-Signature";

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;
    @Inject
    Clock clock;

    /** A webhook as received: its three headers and the body's exact text. */
    public record Signed(String id, String timestamp, String signature, String body) {
    }

    /**
     * True when the webhook is genuine and new, false when it is genuine and was taken before (a replay);
     * WEBHOOK_SIGNATURE_INVALID when it is not genuine, or no secret is configured to tell.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(Optional<String> secret, Signed webhook) {
        long timestamp = epochSeconds(webhook.timestamp());
        Instant now = clock.instant();
        if (Duration.between(Instant.ofEpochSecond(timestamp), now).abs().compareTo(WINDOW) > 0) {
            throw new WebhookSignatureInvalid(TIMESTAMP);
        }
        if (secret.isEmpty() || !WebhookSignature.matches(secret.get(), timestamp, webhook.body(), webhook.signature())) {
            throw new WebhookSignatureInvalid(SIGNATURE);
        }
        if (webhook.id() == null || webhook.id().isBlank() || webhook.id().length() > 200) {
            throw new WebhookSignatureInvalid(ID);
        }
        return em.createNativeQuery("insert into inbound_webhook (webhook_id, received_at) values (?1, ?2) on conflict do nothing")
                .setParameter(1, webhook.id())
                .setParameter(2, now)
                .executeUpdate() == 1;
    }

    private static long epochSeconds(String header) {
        if (header == null || !header.matches("\\d{1,12}")) {
            throw new WebhookSignatureInvalid(TIMESTAMP);
        }
        return Long.parseLong(header);
    }
}
