package dev.latchkey.sessions.twofactor.control;

import dev.latchkey.kernel.secrets.Secrets;
import dev.latchkey.sessions.twofactor.entity.BackupCode;
import dev.latchkey.sessions.twofactor.entity.CodeFactor;
import dev.latchkey.sessions.twofactor.entity.MfaChallenge;
import dev.latchkey.sessions.twofactor.entity.TotpFactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Second factors, their backup codes and sign-in challenges in PostgreSQL; joins the caller's
 * transaction. Every code check of an account locks its factor's row, so parallel checks of one
 * account (whatever mfaToken they come with) count their wrong codes one after the other.
 */
@ApplicationScoped
public class TwoFactorStore {

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;

    public Optional<TotpFactor> find(UUID accountId) {
        return Optional.ofNullable(em.find(TotpFactor.class, accountId));
    }

    public Optional<TotpFactor> lock(UUID accountId) {
        return Optional.ofNullable(em.find(TotpFactor.class, accountId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The account's factor, locked, made (off) if it has none yet. */
    public TotpFactor lockOrCreate(UUID accountId, Instant now) {
        return lock(accountId).orElseGet(() -> {
            TotpFactor factor = new TotpFactor(accountId, now);
            em.persist(factor);
            return factor;
        });
    }

    /** The account's e-mail or SMS factor, locked, if it has one. */
    public Optional<CodeFactor> lockCodeFactor(UUID accountId, String method) {
        return Optional.ofNullable(em.find(CodeFactor.class, new CodeFactor.Key(accountId, method), LockModeType.PESSIMISTIC_WRITE));
    }

    /** The account's e-mail or SMS factor, locked, made (off) if it has none yet. */
    public CodeFactor lockOrCreateCodeFactor(UUID accountId, String method, Instant now) {
        return lockCodeFactor(accountId, method).orElseGet(() -> {
            CodeFactor factor = new CodeFactor(accountId, method, now);
            em.persist(factor);
            return factor;
        });
    }

    /** The account's e-mail and SMS factors, on or not. */
    public List<CodeFactor> codeFactors(UUID accountId) {
        return em.createQuery("select f from CodeFactor f where f.accountId = :account order by f.method", CodeFactor.class)
                .setParameter("account", accountId).getResultList();
    }

    /** The factor whose last text the gateway named {@code messageId}, locked. */
    public Optional<CodeFactor> lockByMessage(String messageId) {
        return em.createQuery("select f from CodeFactor f where f.messageId = :id", CodeFactor.class)
                .setParameter("id", messageId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public long unusedBackupCodes(UUID accountId) {
        return em.createQuery("select count(b) from BackupCode b where b.accountId = :account and b.usedAt is null", Long.class)
                .setParameter("account", accountId).getSingleResult();
    }

    /** The challenge an mfaToken names, locked. */
    public Optional<MfaChallenge> lockChallenge(String mfaToken) {
        return Secrets.lookupKey(mfaToken).map(key -> em.find(MfaChallenge.class, key, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Keeps a new challenge under its token's SHA-256. */
    public void addChallenge(String mfaToken, UUID accountId, Optional<UUID> device, Instant expiresAt) {
        em.persist(new MfaChallenge(Secrets.sha256Hex(mfaToken), accountId, device, expiresAt));
    }

    /** The account's backup code this is, locked, if it is one. */
    public Optional<BackupCode> lockBackupCode(UUID accountId, String normalisedCode) {
        return Secrets.lookupKey(normalisedCode)
                .map(key -> em.find(BackupCode.class, key, LockModeType.PESSIMISTIC_WRITE))
                .filter(code -> code.accountId().equals(accountId));
    }

    public void addBackupCode(UUID accountId, String normalisedCode) {
        em.persist(new BackupCode(Secrets.sha256Hex(normalisedCode), accountId));
    }

    public void deleteBackupCodes(UUID accountId) {
        em.createQuery("delete from BackupCode b where b.accountId = :account").setParameter("account", accountId).executeUpdate();
    }
}
