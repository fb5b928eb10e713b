package dev.latchkey.platform.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One event on its way to one subscription, with its attempts. Waits between attempts double from
 * {@code webhooks.retry-initial} up to an hour; after {@code webhooks.retry-for} (24 h) it is given up.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";
    static final Duration MAX_BACKOFF = Duration.ofHours(1);

    @Id
    private Long id;
    @Column(name = "subscription_id", nullable = false)
    private UUID subscriptionId;
    @Column(name = "event_id", nullable = false)
    private UUID eventId;
    @Column(name = "event_type", nullable = false)
    private String eventType;
    @Column(nullable = false)
    private String payload;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private String state;
    private int attempts;
    @Column(name = "last_status")
    private Integer lastStatus;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDelivery() {
    }

    void delivered(int status, Instant now) {
        attempts++;
        lastStatus = status;
        lastError = null;
        state = DELIVERED;
        deliveredAt = now;
    }

    /** Counts a failed attempt: the next one after the back-off, or none once the retry period is over. */
    void failed(Integer status, String error, Instant now, Duration initialBackoff, Duration retryFor) {
        attempts++;
        lastStatus = status;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 300));
        Duration wait = initialBackoff.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
        if (nextAttemptAt.isAfter(createdAt.plus(retryFor))) {
            state = FAILED;
        }
    }

    public boolean isDue(Instant now) {
        return !nextAttemptAt.isAfter(now);
    }

    public long id() {
        return id;
    }

    public UUID subscriptionId() {
        return subscriptionId;
    }

    public UUID eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String payload() {
        return payload;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Integer lastStatus() {
        return lastStatus;
    }

    public String lastError() {
        return lastError;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
