package dev.latchkey.sessions.twofactor.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An account's TOTP factor: the secret being set up, the enabled one (both sealed, see
 * {@code SecretBox}), the last step used, and the wrong codes counted against the account. Every
 * account with any second factor has this row (TOTP off when only e-mail or SMS is on): its lock
 * serialises all code checks of the account, and it holds the account's count of wrong codes.
 */
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
    @Column(name = "last_failed_at")
    private Instant lastFailedAt;
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

    /** A new pending secret; the count of wrong codes stays as it is. */
    public void startSetup(String sealedSecret, Instant now) {
        pendingSecret = sealedSecret;
        updatedAt = now;
    }

    public void enable(long usedStep, Instant now) {
        secret = pendingSecret;
        pendingSecret = null;
        enabled = true;
        lastUsedStep = usedStep;
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

    /** A right e-mail or SMS code: the count of wrong ones starts again, as after a right TOTP code. */
    public void codeAccepted(Instant now) {
        failedAttempts = 0;
        updatedAt = now;
    }

    /** Counts a wrong code; a count older than the pause starts again. Returns the count. */
    public int failed(Instant now, Duration pause) {
        if (lastFailedAt != null && !lastFailedAt.plus(pause).isAfter(now)) {
            failedAttempts = 0;
        }
        failedAttempts++;
        lastFailedAt = now;
        updatedAt = now;
        return failedAttempts;
    }

    /** Until when the factor refuses codes, if {@code limit} wrong ones came within the pause. */
    public Optional<Instant> pausedUntil(int limit, Duration pause, Instant now) {
        if (failedAttempts < limit || lastFailedAt == null) {
            return Optional.empty();
        }
        Instant until = lastFailedAt.plus(pause);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /** Seals secrets written before they were sealed (see TotpSecretsAtRest). */
    public void reseal(java.util.function.UnaryOperator<String> seal) {
        if (secret != null) {
            secret = seal.apply(secret);
        }
        if (pendingSecret != null) {
            pendingSecret = seal.apply(pendingSecret);
        }
    }

    /** What the sealed secrets are bound to: this account's factor. */
    public String sealContext() {
        return "totp:" + accountId;
    }

    public UUID accountId() {
        return accountId;
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
