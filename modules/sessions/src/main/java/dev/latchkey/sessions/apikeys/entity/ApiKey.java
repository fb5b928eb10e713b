package dev.latchkey.sessions.apikeys.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An API key: its account, name, scopes and the SHA-256 of its secret. */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    private UUID id;
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String scopes;
    @Column(name = "key_hash", nullable = false)
    private String keyHash;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Version
    private long version;

    protected ApiKey() {
    }

    public ApiKey(UUID accountId, String name, List<String> scopes, String keyHash, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.name = name;
        this.scopes = String.join(",", scopes);
        this.keyHash = keyHash;
        this.createdAt = now;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
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

    public List<String> scopes() {
        return scopes.isEmpty() ? List.of() : Arrays.asList(scopes.split(","));
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
