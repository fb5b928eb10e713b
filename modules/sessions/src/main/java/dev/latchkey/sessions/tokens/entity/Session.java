package dev.latchkey.sessions.tokens.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A signed-in session: its account, its absolute expiry, its current refresh token's hash. */
@Entity
@Table(name = "session")
public class Session {

    @Id
    private UUID id;
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "end_reason")
    private String endReason;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;
    @Column(name = "device_id")
    private UUID deviceId;
    @Version
    private long version;

    protected Session() {
    }

    public Session(UUID accountId, UUID deviceId, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.deviceId = deviceId;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public void end(String reason, Instant now) {
        if (endedAt == null) {
            endedAt = now;
            endReason = reason;
        }
    }

    public boolean isEnded() {
        return endedAt != null;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** The device this session is bound to, if it was opened with a device proof. */
    public java.util.Optional<UUID> deviceId() {
        return java.util.Optional.ofNullable(deviceId);
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }
}
