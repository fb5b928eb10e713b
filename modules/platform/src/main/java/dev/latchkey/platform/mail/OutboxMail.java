package dev.latchkey.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;

/**
 * One mail waiting in the outbox, with its delivery attempts. The body (which may carry a live
 * confirmation or reset link) is kept sealed while it waits and blanked once it is sent.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    /** Waits between attempts: 1 s, 2 s, 4 s ... at most a minute. */
    static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String recipient;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false)
    private String body;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    private int attempts;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Version
    private long version;

    protected OutboxMail() {
    }

    OutboxMail(String recipient, String subject, String sealedBody, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = sealedBody;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(Instant now) {
        attempts++;
        sentAt = now;
        lastError = null;
        body = "";
    }

    void failed(String error, Instant now) {
        attempts++;
        long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(attempts - 1, 16));
        nextAttemptAt = now.plusSeconds(seconds);
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 500));
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String sealedBody() {
        return body;
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }
}
