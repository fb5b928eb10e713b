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
import dev.latchkey.sessions.twofactor.control.CodeChecks;
import dev.latchkey.sessions.twofactor.entity.CodeFactor;
import dev.latchkey.platform.webhooks.WebhookEvents;
import dev.latchkey.sessions.twofactor.entity.MfaChallenge;
import dev.latchkey.sessions.twofactor.entity.TotpFactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.Set;

/**
 * Two-factor authentication: TOTP (RFC 6238) here, e-mail and SMS codes in {@link CodeFactors}, ten
 * single-use backup codes for all. A TOTP code works once (the step it matched is remembered).
 * Wrong codes count per sign-in challenge and per account ({@link CodeChecks}); the count commits
 * with the error. While TOTP is on, replacing its secret needs a current code of it (or a backup
 * code), so a stolen access token cannot take the factor over. Secrets are sealed at rest; enabling
 * or disabling a factor ends the account's other sessions and is published as a webhook event.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {TwoFactorErrors.InvalidCode.class, TwoFactorErrors.BackupCodeUsed.class,
        TwoFactorErrors.SecondFactorPaused.class})
public class TwoFactor {

    public static final String TOTP = "totp";
    public static final String BACKUP_CODE = "backup_code";

    @Inject
    TwoFactorStore store;
    @Inject
    CodeChecks checks;
    @Inject
    Clock clock;
    @Inject
    Event<SessionsToEnd> sessionsToEnd;
    @Inject
    SessionPolicy policy;
    @Inject
    SecretBox box;
    @Inject
    WebhookEvents events;

    /** The factors that are on: totp, email, sms, in that order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> methods(UUID accountId) {
        List<String> methods = new ArrayList<>();
        if (store.find(accountId).filter(TotpFactor::enabled).isPresent()) {
            methods.add(TOTP);
        }
        store.codeFactors(accountId).stream().filter(CodeFactor::enabled).map(CodeFactor::method).forEach(methods::add);
        return methods;
    }

    /**
     * Starts (or restarts) TOTP setup with a new secret; the factor is on only after verify-setup.
     * While TOTP is already on, {@code code} must be a current code of it or a backup code.
     */
    public TotpSetup setup(UUID accountId, String accountLabel, Optional<String> code) {
        Instant now = clock.instant();
        TotpFactor factor = store.lockOrCreate(accountId, now);
        if (factor.enabled()) {
            checks.refuseWhilePaused(factor, now);
            if (code.filter(c -> !c.isBlank()).isEmpty()) {
                throw new ValidationFailed(new Violation("code", Violation.Type.REQUIRED,
                        "is required while TOTP is on: a current code of it or a backup code"));
            }
            checks.check(factor, code.get(), TOTP_ONLY, now, () -> Integer.MAX_VALUE);
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
        checks.refuseWhilePaused(factor, now);
        OptionalLong step = Totp.matchingStep(box.open(factor.sealContext(), factor.pendingSecret()), code, now, 0);
        if (step.isEmpty()) {
            throw checks.wrongCode(factor, now, policy.maxFailedCodes() - factor.failed(now, policy.failedCodesPause()));
        }
        factor.enable(step.getAsLong(), now);
        List<String> codes = checks.newBackupCodes(accountId);
        changed(accountId, TOTP, true, currentSession);
        return codes;
    }

    /** Turns TOTP off with a current code or a backup code; the backup codes go when no factor is left. */
    public void disable(UUID accountId, String code, Optional<UUID> currentSession) {
        Instant now = clock.instant();
        TotpFactor factor = store.lock(accountId).filter(TotpFactor::enabled).orElseThrow(TwoFactorErrors.NoMethod::new);
        checks.refuseWhilePaused(factor, now);
        checks.check(factor, code, TOTP_ONLY, now, () -> Integer.MAX_VALUE);
        factor.disable(now);
        changed(accountId, TOTP, false, currentSession);
    }

    /**
     * The second step's challenge, after a right password, when the account has a factor on (the
     * factors are read once); empty when it has none. A device the sign-in proved is remembered for
     * the session the second step opens.
     */
    public Optional<MfaChallengeView> challengeIfOn(UUID accountId, Optional<UUID> provenDevice) {
        List<String> methods = new ArrayList<>(methods(accountId));
        if (methods.isEmpty()) {
            return Optional.empty();
        }
        String token = Secrets.randomToken();
        store.addChallenge(token, accountId, provenDevice, clock.instant().plus(policy.mfaChallengeTtl()));
        methods.add(BACKUP_CODE);
        return Optional.of(new MfaChallengeView(true, token, methods));
    }

    /**
     * Completes a sign-in: the account whose challenge the code answers, and the device it proved.
     * The code may be of any factor that is on ({@code method} narrows it: totp, email, sms or
     * backup_code); an e-mail or SMS code must have been sent for this very challenge. The
     * account's factor row lock serialises every code check of the account, so parallel mfaTokens
     * count their wrong codes exactly.
     */
    public SecondStepPassed verify(String mfaToken, String code, Optional<String> method) {
        Instant now = clock.instant();
        MfaChallenge challenge = openChallenge(mfaToken, now);
        TotpFactor account = store.lockOrCreate(challenge.accountId(), now);
        List<String> on = methods(challenge.accountId());
        if (on.isEmpty()) {
            throw new TwoFactorErrors.NoMethod();
        }
        if (method.filter(m -> !BACKUP_CODE.equals(m) && !on.contains(m)).isPresent()) {
            throw new TwoFactorErrors.NoMethod();
        }
        checks.refuseWhilePaused(account, now);
        List<String> accepted = method.map(m -> BACKUP_CODE.equals(m) ? List.<String>of() : List.of(m)).orElse(on);
        CodeChecks.Accepted scope = new CodeChecks.Accepted(accepted.contains(TOTP),
                accepted.stream().filter(m -> !TOTP.equals(m)).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)),
                Set.of(CodeFactor.Purpose.SIGN_IN), challenge.tokenHash());
        checks.check(account, code, scope, now, () -> policy.attemptsPerChallenge() - challenge.failed(policy.attemptsPerChallenge(), now));
        challenge.use(now);
        return new SecondStepPassed(challenge.accountId(), challenge.deviceId());
    }

    /** The challenge an mfaToken names, locked, while it can still be answered. */
    public MfaChallenge openChallenge(String mfaToken, Instant now) {
        MfaChallenge challenge = store.lockChallenge(mfaToken).orElseThrow(() -> new TokenInvalid("unknown_mfa_token"));
        if (!challenge.isOpen(now)) {
            throw new TokenInvalid("mfa_token_used_or_expired");
        }
        return challenge;
    }

    /**
     * After a factor went on or off: the account's other sessions end, the event is published, and
     * once no factor is left the backup codes go.
     */
    public void changed(UUID accountId, String method, boolean enabled, Optional<UUID> currentSession) {
        if (!enabled && methods(accountId).isEmpty()) {
            store.deleteBackupCodes(accountId);
        }
        sessionsToEnd.fire(new SessionsToEnd(accountId, currentSession, enabled ? "two_factor_enabled" : "two_factor_disabled"));
        events.publish(enabled ? WebhookEvents.MFA_ENABLED : WebhookEvents.MFA_DISABLED, "accountId", accountId, "method", method);
    }

    private static final CodeChecks.Accepted TOTP_ONLY = new CodeChecks.Accepted(true, Set.of(), Set.of(), null);
}
