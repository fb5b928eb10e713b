package dev.latchkey.sessions.twofactor.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** An account's TOTP factor: the secret being set up, the enabled one, the last step used. */
@Entity
@Table(name = "totp_factor")
public class TotpFactor {

    @Id
    @Column(name = "account_id")
    private UUID accountId;
    private String secret;
    @Column(name = "pending_secret")
    private String pendingSecret;
    private boolean enabled;
    @Column(name = "last_used_step")
    private long lastUsedStep;
    @Column(name = "failed_attempts")
    private int failedAttempts;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected TotpFactor() {
    }

    public TotpFactor(UUID accountId, Instant now) {
        this.accountId = accountId;
        this.updatedAt = now;
    }

    public void startSetup(String newSecret, Instant now) {
        pendingSecret = newSecret;
        failedAttempts = 0;
        updatedAt = now;
    }

    public void enable(long usedStep, Instant now) {
        secret = pendingSecret;
        pendingSecret = null;
        enabled = true;
        lastUsedStep = usedStep;
        failedAttempts = 0;
        updatedAt = now;
    }

    public void disable(Instant now) {
        secret = null;
        pendingSecret = null;
        enabled = false;
        failedAttempts = 0;
        updatedAt = now;
    }

    public void used(long step, Instant now) {
        lastUsedStep = step;
        failedAttempts = 0;
        updatedAt = now;
    }

    public int failed(Instant now) {
        failedAttempts++;
        updatedAt = now;
        return failedAttempts;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public boolean enabled() {
        return enabled;
    }

    public String secret() {
        return secret;
    }

    public String pendingSecret() {
        return pendingSecret;
    }

    public long lastUsedStep() {
        return lastUsedStep;
    }
}
