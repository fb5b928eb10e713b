package dev.latchkey.sessions.twofactor.boundary;

import dev.latchkey.kernel.events.SessionsToEnd;
import dev.latchkey.kernel.secrets.Secrets;
import dev.latchkey.sessions.twofactor.control.Totp;
import dev.latchkey.sessions.twofactor.control.TwoFactorErrors;
import dev.latchkey.sessions.twofactor.entity.BackupCode;
import dev.latchkey.sessions.twofactor.entity.MfaChallenge;
import dev.latchkey.sessions.twofactor.entity.TotpFactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Two-factor authentication with TOTP (RFC 6238) and ten single-use backup codes. A TOTP code
 * works once (the step it matched is remembered); wrong codes are counted and limited. Enabling
 * or disabling ends the account's other sessions. Failed tries commit with the error, so that
 * they count.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {TwoFactorErrors.InvalidCode.class, TwoFactorErrors.BackupCodeUsed.class})
public class TwoFactor {

    static final int BACKUP_CODES = 10;
    static final Duration CHALLENGE_TTL = Duration.ofMinutes(5);
    static final Duration ATTEMPTS_PAUSE = Duration.ofMinutes(15);
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Event<SessionsToEnd> sessionsToEnd;

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean enabled(UUID accountId) {
        TotpFactor factor = em.find(TotpFactor.class, accountId);
        return factor != null && factor.enabled();
    }

    /** Starts (or restarts) TOTP setup with a new secret; the factor is on only after verify-setup. */
    public TotpSetup setup(UUID accountId, String accountLabel) {
        Instant now = clock.instant();
        TotpFactor factor = factorFor(accountId, now);
        String secret = Totp.newSecret();
        factor.startSetup(secret, now);
        return new TotpSetup(secret, Totp.otpauthUri(secret, accountLabel));
    }

    /** Turns TOTP on with a first code from the app; answers the ten backup codes, shown this once. */
    public List<String> verifySetup(UUID accountId, String code, UUID currentSession) {
        Instant now = clock.instant();
        TotpFactor factor = em.find(TotpFactor.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (factor == null || factor.pendingSecret() == null) {
            throw TwoFactorErrors.setupNotInitiated();
        }
        refuseWhilePaused(factor, now);
        OptionalLong step = Totp.matchingStep(factor.pendingSecret(), code, now, 0);
        if (step.isEmpty()) {
            throw new TwoFactorErrors.InvalidCode(TwoFactorErrors.MAX_ATTEMPTS - factor.failed(now));
        }
        factor.enable(step.getAsLong(), now);
        em.createQuery("delete from BackupCode b where b.accountId = :account").setParameter("account", accountId).executeUpdate();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < BACKUP_CODES; i++) {
            String backup = newBackupCode();
            em.persist(new BackupCode(Secrets.sha256Hex(normalise(backup)), accountId));
            codes.add(backup);
        }
        sessionsToEnd.fire(new SessionsToEnd(accountId, Optional.ofNullable(currentSession), "two_factor_enabled"));
        return codes;
    }

    /** Turns TOTP off with a current code or a backup code; the backup codes go with it. */
    public void disable(UUID accountId, String code, UUID currentSession) {
        Instant now = clock.instant();
        TotpFactor factor = em.find(TotpFactor.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (factor == null || !factor.enabled()) {
            throw TwoFactorErrors.noMethod();
        }
        refuseWhilePaused(factor, now);
        checkCode(factor, accountId, code, now, () -> factor.failed(now));
        factor.disable(now);
        em.createQuery("delete from BackupCode b where b.accountId = :account").setParameter("account", accountId).executeUpdate();
        sessionsToEnd.fire(new SessionsToEnd(accountId, Optional.ofNullable(currentSession), "two_factor_disabled"));
    }

    /**
     * The second step's challenge, after a right password on an account with two-factor on; a
     * device the sign-in proved is remembered for the session the second step opens.
     */
    public MfaChallengeView challenge(UUID accountId, Optional<UUID> provenDevice) {
        String token = Secrets.randomToken();
        em.persist(new MfaChallenge(Secrets.sha256Hex(token), accountId, provenDevice, clock.instant().plus(CHALLENGE_TTL)));
        return new MfaChallengeView(true, token, List.of("totp", "backup_code"));
    }

    /** Completes a sign-in: the account whose challenge the code answers, and the device it proved. */
    public SecondStepPassed verify(String mfaToken, String code) {
        Instant now = clock.instant();
        MfaChallenge challenge = mfaToken == null || mfaToken.isBlank() || mfaToken.length() > 200 ? null
                : em.find(MfaChallenge.class, Secrets.sha256Hex(mfaToken), LockModeType.PESSIMISTIC_WRITE);
        if (challenge == null) {
            throw TwoFactorErrors.invalidMfaToken("unknown_mfa_token");
        }
        if (!challenge.isOpen(now)) {
            throw TwoFactorErrors.invalidMfaToken("mfa_token_used_or_expired");
        }
        TotpFactor factor = em.find(TotpFactor.class, challenge.accountId(), LockModeType.PESSIMISTIC_WRITE);
        if (factor == null || !factor.enabled()) {
            throw TwoFactorErrors.noMethod();
        }
        checkCode(factor, challenge.accountId(), code, now, () -> challenge.failed(TwoFactorErrors.MAX_ATTEMPTS, now));
        challenge.use(now);
        return new SecondStepPassed(challenge.accountId(), challenge.deviceId());
    }

    private void checkCode(TotpFactor factor, UUID accountId, String code, Instant now, java.util.function.IntSupplier failure) {
        String given = code == null ? "" : code.strip();
        if (given.matches("\\d{" + Totp.DIGITS + "}")) {
            OptionalLong step = Totp.matchingStep(factor.secret(), given, now, factor.lastUsedStep());
            if (step.isPresent()) {
                factor.used(step.getAsLong(), now);
                return;
            }
            throw new TwoFactorErrors.InvalidCode(TwoFactorErrors.MAX_ATTEMPTS - failure.getAsInt());
        }
        BackupCode backup = em.find(BackupCode.class, Secrets.sha256Hex(normalise(given)), LockModeType.PESSIMISTIC_WRITE);
        if (backup == null || !backup.accountId().equals(accountId)) {
            throw new TwoFactorErrors.InvalidCode(TwoFactorErrors.MAX_ATTEMPTS - failure.getAsInt());
        }
        if (backup.isUsed()) {
            failure.getAsInt();
            throw new TwoFactorErrors.BackupCodeUsed();
        }
        backup.use(now);
    }

    private void refuseWhilePaused(TotpFactor factor, Instant now) {
        if (factor.failedAttempts() >= TwoFactorErrors.MAX_ATTEMPTS && factor.updatedAt().plus(ATTEMPTS_PAUSE).isAfter(now)) {
            throw new TwoFactorErrors.InvalidCode(0);
        }
    }

    private TotpFactor factorFor(UUID accountId, Instant now) {
        TotpFactor factor = em.find(TotpFactor.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (factor == null) {
            factor = new TotpFactor(accountId, now);
            em.persist(factor);
        }
        return factor;
    }

    private static String newBackupCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    private static String normalise(String code) {
        return code.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
