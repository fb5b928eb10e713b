package dev.latchkey.sessions.twofactor.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** One single-use backup code, kept as its SHA-256. */
@Entity
@Table(name = "backup_code")
public class BackupCode {

    @Id
    @Column(name = "code_hash")
    private String codeHash;
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    @Column(name = "used_at")
    private Instant usedAt;
    @Version
    private long version;

    protected BackupCode() {
    }

    public BackupCode(String codeHash, UUID accountId) {
        this.codeHash = codeHash;
        this.accountId = accountId;
    }

    public UUID accountId() {
        return accountId;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public void use(Instant now) {
        usedAt = now;
    }
}
