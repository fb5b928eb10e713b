package dev.latchkey.sessions.twofactor.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The pending second step of a sign-in: whose password was right, with which proven device if
 * any, until when, how many tries.
 */
@Entity
@Table(name = "mfa_challenge")
public class MfaChallenge {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    @Column(name = "device_id")
    private UUID deviceId;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    private int attempts;
    @Column(name = "used_at")
    private Instant usedAt;
    @Version
    private long version;

    protected MfaChallenge() {
    }

    public MfaChallenge(String tokenHash, UUID accountId, Optional<UUID> deviceId, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.deviceId = deviceId.orElse(null);
        this.expiresAt = expiresAt;
    }

    /** What codes sent for this sign-in are bound to. */
    public String tokenHash() {
        return tokenHash;
    }

    public UUID accountId() {
        return accountId;
    }

    public Optional<UUID> deviceId() {
        return Optional.ofNullable(deviceId);
    }

    public boolean isOpen(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public int failed(int limit, Instant now) {
        attempts++;
        if (attempts >= limit) {
            usedAt = now;
        }
        return attempts;
    }

    public void use(Instant now) {
        usedAt = now;
    }
}
