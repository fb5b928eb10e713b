package dev.latchkey.platform.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An administrator's subscription: where events of the chosen types go, and the sealed secret that signs them. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String url;
    @Column(nullable = false)
    private String events;
    @Column(nullable = false)
    private String secret;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected WebhookSubscription() {
    }

    public WebhookSubscription(UUID id, String url, List<String> events, String sealedSecret, Instant now) {
        this.id = id;
        this.url = url;
        this.events = String.join(",", events);
        this.secret = sealedSecret;
        this.createdAt = now;
    }

    /** What a sealed secret is bound to: this subscription. */
    static String sealContext(UUID id) {
        return "webhook:" + id;
    }

    public void delete(Instant now) {
        deletedAt = now;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public UUID id() {
        return id;
    }

    public String url() {
        return url;
    }

    public List<String> events() {
        return Arrays.asList(events.split(","));
    }

    public String sealedSecret() {
        return secret;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
