package dev.latchkey.platform.housekeeping;

import dev.latchkey.platform.idempotency.IdempotencyKeys;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;

/** The platform's own expiring rows: idempotency records, rate-limit windows, sent mail. */
@ApplicationScoped
public class PlatformExpiries implements ExpiringRows {

    @Override
    public List<Expiry> expiries() {
        return List.of(
                new Expiry("idempotency_record", "created_at < ?1", IdempotencyKeys.RETENTION),
                new Expiry("rate_limit_counter", "expires_at < ?1", Duration.ZERO),
                new Expiry("mail_outbox", "sent_at < ?1", Duration.ofDays(7)),
                new Expiry("inbound_webhook", "received_at < ?1", Duration.ofMinutes(10)),
                new Expiry("webhook_delivery", "state <> 'pending' and created_at < ?1", Duration.ofDays(7)));
    }
}
