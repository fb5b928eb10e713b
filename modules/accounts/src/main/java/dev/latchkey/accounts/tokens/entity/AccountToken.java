package dev.latchkey.accounts.tokens.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A single-use token sent by mail, kept only as its hash. */
@Entity
@Table(name = "account_token")
public class AccountToken {

    public enum Purpose { CONFIRM_EMAIL, RESET_PASSWORD }

    @Id
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;
    @Version
    private long version;

    protected AccountToken() {
    }

    public AccountToken(String tokenHash, UUID accountId, Purpose purpose, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.purpose = purpose;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public UUID accountId() {
        return accountId;
    }

    public Purpose purpose() {
        return purpose;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        usedAt = now;
    }
}
