package dev.latchkey.sessions.twofactor.boundary;

import dev.latchkey.kernel.error.TokenInvalid;
import dev.latchkey.kernel.error.ValidationFailed;
import dev.latchkey.kernel.error.Violation;
import dev.latchkey.kernel.events.SessionsToEnd;
import dev.latchkey.kernel.secrets.Secrets;
import dev.latchkey.sessions.twofactor.control.Totp;
import dev.latchkey.sessions.twofactor.control.TwoFactorErrors;
import dev.latchkey.sessions.tokens.control.SessionPolicy;
import dev.latchkey.sessions.twofactor.control.TwoFactorStore;
import dev.latchkey.platform.keys.SecretBox;
import dev.latchkey.sessions.twofactor.entity.BackupCode;
import dev.latchkey.sessions.twofactor.entity.MfaChallenge;
import dev.latchkey.sessions.twofactor.entity.TotpFactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.IntSupplier;

/**
 * Two-factor authentication with TOTP (RFC 6238) and ten single-use backup codes. A TOTP code
 * works once (the step it matched is remembered). Wrong codes count per sign-in challenge and
 * per account ({@link TwoFactorPolicy}); the count commits with the error. While TOTP is on,
 * replacing its secret needs a current code of it (or a backup code), so a stolen access token
 * cannot take the factor over. Secrets are sealed at rest; enabling or disabling ends the
 * account's other sessions.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {TwoFactorErrors.InvalidCode.class, TwoFactorErrors.BackupCodeUsed.class,
        TwoFactorErrors.SecondFactorPaused.class})
public class TwoFactor {

    static final int BACKUP_CODES = 10;
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TwoFactorStore store;
    @Inject
    Clock clock;
    @Inject
    Event<SessionsToEnd> sessionsToEnd;
    @Inject
    SessionPolicy policy;
    @Inject
    SecretBox box;

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean enabled(UUID accountId) {
        return store.find(accountId).filter(TotpFactor::enabled).isPresent();
    }

    /**
     * Starts (or restarts) TOTP setup with a new secret; the factor is on only after verify-setup.
     * While TOTP is already on, {@code code} must be a current code of it or a backup code.
     */
    public TotpSetup setup(UUID accountId, String accountLabel, Optional<String> code) {
        Instant now = clock.instant();
        TotpFactor factor = store.lockOrCreate(accountId, now);
        if (factor.enabled()) {
            refuseWhilePaused(factor, now);
            if (code.filter(c -> !c.isBlank()).isEmpty()) {
                throw new ValidationFailed(new Violation("code", Violation.Type.REQUIRED,
                        "is required while TOTP is on: a current code of it or a backup code"));
            }
            checkCode(factor, code.get(), now, () -> Integer.MAX_VALUE);
        }
        String secret = Totp.newSecret();
        factor.startSetup(box.seal(factor.sealContext(), secret), now);
        return new TotpSetup(secret, Totp.otpauthUri(secret, accountLabel));
    }

    /** Turns TOTP on with a first code from the app; answers the ten backup codes, shown this once. */
    public List<String> verifySetup(UUID accountId, String code, Optional<UUID> currentSession) {
        Instant now = clock.instant();
        TotpFactor factor = store.lock(accountId).filter(f -> f.pendingSecret() != null)
                .orElseThrow(TwoFactorErrors.SetupNotInitiated::new);
        refuseWhilePaused(factor, now);
        OptionalLong step = Totp.matchingStep(box.open(factor.sealContext(), factor.pendingSecret()), code, now, 0);
        if (step.isEmpty()) {
            throw wrongCode(factor, now, policy.maxFailedCodes() - factor.failed(now, policy.failedCodesPause()));
        }
        factor.enable(step.getAsLong(), now);
        store.deleteBackupCodes(accountId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < BACKUP_CODES; i++) {
            String backup = newBackupCode();
            store.addBackupCode(accountId, normalise(backup));
            codes.add(backup);
        }
        sessionsToEnd.fire(new SessionsToEnd(accountId, currentSession, "two_factor_enabled"));
        return codes;
    }

    /** Turns TOTP off with a current code or a backup code; the backup codes go with it. */
    public void disable(UUID accountId, String code, Optional<UUID> currentSession) {
        Instant now = clock.instant();
        TotpFactor factor = store.lock(accountId).filter(TotpFactor::enabled).orElseThrow(TwoFactorErrors.NoMethod::new);
        refuseWhilePaused(factor, now);
        checkCode(factor, code, now, () -> Integer.MAX_VALUE);
        factor.disable(now);
        store.deleteBackupCodes(accountId);
        sessionsToEnd.fire(new SessionsToEnd(accountId, currentSession, "two_factor_disabled"));
    }

    /**
     * The second step's challenge, after a right password on an account with two-factor on; a
     * device the sign-in proved is remembered for the session the second step opens.
     */
    public MfaChallengeView challenge(UUID accountId, Optional<UUID> provenDevice) {
        String token = Secrets.randomToken();
        store.addChallenge(token, accountId, provenDevice, clock.instant().plus(policy.mfaChallengeTtl()));
        return new MfaChallengeView(true, token, List.of("totp", "backup_code"));
    }

    /**
     * Completes a sign-in: the account whose challenge the code answers, and the device it proved.
     * The factor's row lock serialises every code check of the account, so parallel mfaTokens
     * count their wrong codes exactly.
     */
    public SecondStepPassed verify(String mfaToken, String code) {
        Instant now = clock.instant();
        MfaChallenge challenge = store.lockChallenge(mfaToken).orElseThrow(() -> new TokenInvalid("unknown_mfa_token"));
        if (!challenge.isOpen(now)) {
            throw new TokenInvalid("mfa_token_used_or_expired");
        }
        TotpFactor factor = store.lock(challenge.accountId()).filter(TotpFactor::enabled).orElseThrow(TwoFactorErrors.NoMethod::new);
        refuseWhilePaused(factor, now);
        checkCode(factor, code, now, () -> policy.attemptsPerChallenge() - challenge.failed(policy.attemptsPerChallenge(), now));
        challenge.use(now);
        return new SecondStepPassed(challenge.accountId(), challenge.deviceId());
    }

    /**
     * Accepts a current TOTP code or an unused backup code. A wrong one counts against the account
     * and against whatever {@code alsoCount} counts (the challenge; it answers the tries it has
     * left); the answer tells the fewer tries left of the two, or that the factor is now paused.
     */
    private void checkCode(TotpFactor factor, String code, Instant now, IntSupplier alsoCount) {
        UUID accountId = factor.accountId();
        String given = code == null ? "" : code.strip();
        if (given.matches("\\d{" + Totp.DIGITS + "}")) {
            OptionalLong step = Totp.matchingStep(box.open(factor.sealContext(), factor.secret()), given, now, factor.lastUsedStep());
            if (step.isPresent()) {
                factor.used(step.getAsLong(), now);
                return;
            }
        } else {
            BackupCode backup = given.length() > 64 ? null : store.lockBackupCode(accountId, normalise(given)).orElse(null);
            if (backup != null) {
                if (!backup.isUsed()) {
                    backup.use(now);
                    return;
                }
                countFailure(factor, now, alsoCount);
                throw new TwoFactorErrors.BackupCodeUsed();
            }
        }
        throw wrongCode(factor, now, countFailure(factor, now, alsoCount));
    }

    /** Counts a wrong code; returns the tries left before the challenge ends or the account's factor pauses. */
    private int countFailure(TotpFactor factor, Instant now, IntSupplier alsoCount) {
        int otherLeft = alsoCount.getAsInt();
        return Math.min(otherLeft, policy.maxFailedCodes() - factor.failed(now, policy.failedCodesPause()));
    }

    private RuntimeException wrongCode(TotpFactor factor, Instant now, int accountTriesLeft) {
        Optional<Instant> paused = factor.pausedUntil(policy.maxFailedCodes(), policy.failedCodesPause(), now);
        if (paused.isPresent()) {
            return new TwoFactorErrors.SecondFactorPaused(paused.get(), policy.failedCodesPause(), now);
        }
        return new TwoFactorErrors.InvalidCode(accountTriesLeft);
    }

    private void refuseWhilePaused(TotpFactor factor, Instant now) {
        Optional<Instant> paused = factor.pausedUntil(policy.maxFailedCodes(), policy.failedCodesPause(), now);
        if (paused.isPresent()) {
            throw new TwoFactorErrors.SecondFactorPaused(paused.get(), policy.failedCodesPause(), now);
        }
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
