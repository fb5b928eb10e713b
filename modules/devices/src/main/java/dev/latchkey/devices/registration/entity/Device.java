package dev.latchkey.devices.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A device of an account: its EC P-256 public key, its name, whether it may still sign in. */
@Entity
@Table(name = "device")
public class Device {

    public enum State { ACTIVE, REVOKED }

    @Id
    private UUID id;
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    @Column(nullable = false)
    private String name;
    private String platform;
    @Column(name = "public_key", nullable = false)
    private String publicKey;
    @Column(name = "key_fingerprint", nullable = false)
    private String keyFingerprint;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revocation_reason")
    private String revocationReason;
    @Version
    private long version;

    protected Device() {
    }

    public Device(UUID accountId, String name, String platform, String publicKey, String keyFingerprint, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.name = name;
        this.platform = platform;
        this.publicKey = publicKey;
        this.keyFingerprint = keyFingerprint;
        this.state = State.ACTIVE;
        this.createdAt = now;
    }

    public void rename(String newName) {
        name = newName;
    }

    public void revoke(String reason, Instant now) {
        state = State.REVOKED;
        revokedAt = now;
        revocationReason = reason;
    }

    public boolean isActive() {
        return state == State.ACTIVE;
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public String platform() {
        return platform;
    }

    public String publicKey() {
        return publicKey;
    }

    public String keyFingerprint() {
        return keyFingerprint;
    }

    public State state() {
        return state;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revocationReason() {
        return revocationReason;
    }

    public long version() {
        return version;
    }
}
