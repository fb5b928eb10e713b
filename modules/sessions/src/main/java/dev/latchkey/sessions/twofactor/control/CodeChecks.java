package dev.latchkey.sessions.twofactor.control;

import dev.latchkey.platform.keys.SecretBox;
import dev.latchkey.sessions.tokens.control.SessionPolicy;
import dev.latchkey.sessions.twofactor.entity.BackupCode;
import dev.latchkey.sessions.twofactor.entity.CodeFactor;
import dev.latchkey.sessions.twofactor.entity.TotpFactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntSupplier;

/**
 * Checks a second-factor code against the factors a step accepts: TOTP, the last e-mail or SMS code
 * sent (for that purpose, and for a sign-in that very challenge), or a backup code. Every check
 * runs under the lock of the account's factor row ({@link TotpFactor}, which also holds the
 * account's count of wrong codes): a wrong code counts against the account and against whatever
 * the step counts too (the mfaToken), exactly, however many arrive at once.
 */
@ApplicationScoped
public class CodeChecks {

    static final int BACKUP_CODES = 10;
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TwoFactorStore store;
    @Inject
    SessionPolicy policy;
    @Inject
    SecretBox box;

    /** What a step accepts: TOTP or not, which code factors and for which purposes, the challenge a sign-in code must be for. */
    public record Accepted(boolean totp, Set<String> methods, Set<CodeFactor.Purpose> purposes, String challenge) {
    }

    /** Passes, or counts the wrong code and throws INVALID_VERIFICATION_CODE, BACKUP_CODE_ALREADY_USED or the pause. */
    public void check(TotpFactor account, String code, Accepted accepted, Instant now, IntSupplier alsoCount) {
        UUID accountId = account.accountId();
        String given = code == null ? "" : code.strip();
        if (OneTimeCodes.looksLikeOne(given)) {
            if (accepted.totp() && account.enabled()) {
                OptionalLong step = Totp.matchingStep(box.open(account.sealContext(), account.secret()), given, now, account.lastUsedStep());
                if (step.isPresent()) {
                    account.used(step.getAsLong(), now);
                    return;
                }
            }
            for (String method : accepted.methods()) {
                Optional<CodeFactor> factor = store.lockCodeFactor(accountId, method);
                if (factor.isPresent() && factor.get().codeSalt() != null
                        && factor.get().accepts(OneTimeCodes.hash(factor.get().codeSalt(), given), accepted.purposes(), accepted.challenge(), now)) {
                    factor.get().codeUsed(now);
                    account.codeAccepted(now);
                    return;
                }
            }
        } else {
            BackupCode backup = given.length() > 64 ? null : store.lockBackupCode(accountId, normalise(given)).orElse(null);
            if (backup != null) {
                if (!backup.isUsed()) {
                    // the count of wrong codes stays: a backup code must not lift a pause it is meant to survive
                    backup.use(now);
                    return;
                }
                countFailure(account, now, alsoCount);
                throw new TwoFactorErrors.BackupCodeUsed();
            }
        }
        throw wrongCode(account, now, countFailure(account, now, alsoCount));
    }

    /** Counts a wrong code; returns the tries left before the challenge ends or the account's factors pause. */
    public int countFailure(TotpFactor account, Instant now, IntSupplier alsoCount) {
        int otherLeft = alsoCount.getAsInt();
        return Math.min(otherLeft, policy.maxFailedCodes() - account.failed(now, policy.failedCodesPause()));
    }

    public RuntimeException wrongCode(TotpFactor account, Instant now, int accountTriesLeft) {
        Optional<Instant> paused = account.pausedUntil(policy.maxFailedCodes(), policy.failedCodesPause(), now);
        if (paused.isPresent()) {
            return new TwoFactorErrors.SecondFactorPaused(paused.get(), policy.failedCodesPause(), now);
        }
        return new TwoFactorErrors.InvalidCode(accountTriesLeft);
    }

    public void refuseWhilePaused(TotpFactor account, Instant now) {
        Optional<Instant> paused = account.pausedUntil(policy.maxFailedCodes(), policy.failedCodesPause(), now);
        if (paused.isPresent()) {
            throw new TwoFactorErrors.SecondFactorPaused(paused.get(), policy.failedCodesPause(), now);
        }
    }

    /** Ten new single-use backup codes in place of the old ones; answered this once. */
    public List<String> newBackupCodes(UUID accountId) {
        store.deleteBackupCodes(accountId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < BACKUP_CODES; i++) {
            String backup = newBackupCode();
            store.addBackupCode(accountId, normalise(backup));
            codes.add(backup);
        }
        return codes;
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
