package dev.latchkey.sessions.tokens.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** One issued refresh token, by its SHA-256; retired when it is rotated out. */
@Entity
@Table(name = "refresh_token")
public class RefreshToken {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "session_id", nullable = false)
    private UUID sessionId;
    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;
    @Column(name = "retired_at")
    private Instant retiredAt;
    @Version
    private long version;

    protected RefreshToken() {
    }

    public RefreshToken(String tokenHash, UUID sessionId, Instant now) {
        this.tokenHash = tokenHash;
        this.sessionId = sessionId;
        this.issuedAt = now;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public UUID sessionId() {
        return sessionId;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    /** Retired so recently that a second, parallel refresh of the same token is the likely cause. */
    public boolean retiredWithin(java.time.Duration grace, Instant now) {
        return retiredAt != null && retiredAt.plus(grace).isAfter(now);
    }
}
