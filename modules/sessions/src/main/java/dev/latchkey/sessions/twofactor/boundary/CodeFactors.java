package dev.latchkey.sessions.twofactor.boundary;

import dev.latchkey.accounts.core.boundary.AccountView;
import dev.latchkey.accounts.core.boundary.Accounts;
import dev.latchkey.kernel.error.ValidationFailed;
import dev.latchkey.kernel.error.Violation;
import dev.latchkey.platform.mail.Mail;
import dev.latchkey.platform.mail.Outbox;
import dev.latchkey.sessions.tokens.control.SessionPolicy;
import dev.latchkey.sessions.twofactor.control.CodeChecks;
import dev.latchkey.sessions.twofactor.control.OneTimeCodes;
import dev.latchkey.sessions.twofactor.control.PhoneNumbers;
import dev.latchkey.sessions.twofactor.control.SmsGateway;
import dev.latchkey.sessions.twofactor.control.TwoFactorErrors;
import dev.latchkey.sessions.twofactor.control.TwoFactorStore;
import dev.latchkey.sessions.twofactor.entity.CodeFactor;
import dev.latchkey.sessions.twofactor.entity.MfaChallenge;
import dev.latchkey.sessions.twofactor.entity.TotpFactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Second factors that send a code: e-mail (through the mail outbox, so the mail exists if and only if
 * the code was kept) and SMS (through {@link SmsGateway}; the code is kept only once the gateway took
 * the text, so a failed send leaves the previous code as it was). One code per factor: a new one
 * replaces the last; it works once, for {@code mfa.code-ttl}. Sending locks the factor's row, so
 * parallel sends take turns and the code that works is the one sent last. Wrong codes count like
 * TOTP's ({@link CodeChecks}).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {TwoFactorErrors.InvalidCode.class, TwoFactorErrors.BackupCodeUsed.class,
        TwoFactorErrors.SecondFactorPaused.class})
public class CodeFactors {

    public static final Set<String> METHODS = Set.of(CodeFactor.EMAIL, CodeFactor.SMS);

    @Inject
    TwoFactorStore store;
    @Inject
    CodeChecks checks;
    @Inject
    TwoFactor twoFactor;
    @Inject
    Accounts accounts;
    @Inject
    Outbox outbox;
    @Inject
    SmsGateway sms;
    @Inject
    SessionPolicy policy;
    @Inject
    Clock clock;

    /** Mails a setup code to the account's confirmed address. */
    public CodeSent startEmailSetup(UUID accountId) {
        AccountView account = accounts.find(accountId);
        if (!account.emailConfirmed()) {
            throw new ValidationFailed(new Violation("email", Violation.Type.FORMAT, "must be confirmed before e-mail codes can be turned on"));
        }
        CodeFactor factor = offFactor(accountId, CodeFactor.EMAIL);
        return send(factor, account, CodeFactor.Purpose.SETUP, null);
    }

    /** Texts a setup code to {@code phoneNumber} (E.164); the number is kept once a code sent to it comes back. */
    public CodeSent startSmsSetup(UUID accountId, String phoneNumber) {
        String number = PhoneNumbers.e164(phoneNumber);
        CodeFactor factor = offFactor(accountId, CodeFactor.SMS);
        factor.setUpFor(number);
        return send(factor, null, CodeFactor.Purpose.SETUP, null);
    }

    /**
     * Turns the factor on with the setup code. Answers ten backup codes when it is the account's first
     * factor (shown this once), none when another factor already has them.
     */
    public Optional<List<String>> verifySetup(UUID accountId, String method, String code, Optional<UUID> currentSession) {
        Instant now = clock.instant();
        TotpFactor account = store.lockOrCreate(accountId, now);
        CodeFactor factor = store.lockCodeFactor(accountId, method).filter(f -> !f.enabled() && f.settingUp())
                .orElseThrow(TwoFactorErrors.SetupNotInitiated::new);
        checks.refuseWhilePaused(account, now);
        checks.check(account, code, new CodeChecks.Accepted(false, Set.of(method), Set.of(CodeFactor.Purpose.SETUP), null), now, () -> Integer.MAX_VALUE);
        boolean first = twoFactor.methods(accountId).isEmpty();
        factor.enable(now);
        Optional<List<String>> backupCodes = first ? Optional.of(checks.newBackupCodes(accountId)) : Optional.empty();
        twoFactor.changed(accountId, method, true, currentSession);
        return backupCodes;
    }

    /** The account a sign-in challenge belongs to (TOKEN_INVALID when it is unknown, used or expired): its limits count. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public UUID accountOf(String mfaToken) {
        return twoFactor.openChallenge(mfaToken, clock.instant()).accountId();
    }

    /** Sends a code for this sign-in by a method that is on; it works only with this mfaToken. */
    public CodeSent sendSignInCode(String mfaToken, String method) {
        MfaChallenge challenge = twoFactor.openChallenge(mfaToken, clock.instant());
        CodeFactor factor = onFactor(challenge.accountId(), method);
        return send(factor, accounts.find(challenge.accountId()), CodeFactor.Purpose.SIGN_IN, challenge.tokenHash());
    }

    /** Sends a code to a signed-in account, to confirm turning the factor off. */
    public CodeSent sendConfirmationCode(UUID accountId, String method) {
        CodeFactor factor = onFactor(accountId, method);
        return send(factor, accounts.find(accountId), CodeFactor.Purpose.CONFIRM, null);
    }

    /** Turns the factor off with a code of it (sent with send-code) or a backup code. */
    public void disable(UUID accountId, String method, String code, Optional<UUID> currentSession) {
        Instant now = clock.instant();
        TotpFactor account = store.lockOrCreate(accountId, now);
        CodeFactor factor = store.lockCodeFactor(accountId, method).filter(CodeFactor::enabled).orElseThrow(TwoFactorErrors.NoMethod::new);
        checks.refuseWhilePaused(account, now);
        checks.check(account, code, new CodeChecks.Accepted(false, Set.of(method), Set.of(CodeFactor.Purpose.CONFIRM), null), now, () -> Integer.MAX_VALUE);
        factor.disable(now);
        twoFactor.changed(accountId, method, false, currentSession);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TwoFactorOverview overview(UUID accountId) {
        String phone = store.codeFactors(accountId).stream().filter(CodeFactor::enabled)
                .flatMap(f -> f.enabledPhone().stream()).map(PhoneNumbers::masked).findFirst().orElse(null);
        List<String> methods = twoFactor.methods(accountId);
        return new TwoFactorOverview(methods, methods.isEmpty() ? 0 : store.unusedBackupCodes(accountId), phone);
    }

    private CodeFactor offFactor(UUID accountId, String method) {
        CodeFactor factor = store.lockOrCreateCodeFactor(accountId, method, clock.instant());
        if (factor.enabled()) {
            throw new ValidationFailed(new Violation("method", Violation.Type.FORMAT,
                    "is on already; turn it off first to set it up again"));
        }
        return factor;
    }

    private CodeFactor onFactor(UUID accountId, String method) {
        if (!METHODS.contains(method)) {
            throw new ValidationFailed(new Violation("method", Violation.Type.FORMAT, "must be email or sms"));
        }
        return store.lockCodeFactor(accountId, method).filter(CodeFactor::enabled).orElseThrow(TwoFactorErrors.NoMethod::new);
    }

    /** Sends a new code and keeps its hash; for SMS only once the gateway took the text. */
    private CodeSent send(CodeFactor factor, AccountView account, CodeFactor.Purpose purpose, String challenge) {
        String code = OneTimeCodes.newCode();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(policy.codeTtl());
        long minutes = Math.max(1, policy.codeTtl().toMinutes());
        String text = "Your Latchkey code is " + code + ". It works once, for " + minutes + " minutes. If you did not ask for it, ignore it.";
        CodeSent.DeliveryReport previous = factor.deliveryStatus()
                .map(status -> new CodeSent.DeliveryReport(status, factor.deliveryReportedAt().orElse(null))).orElse(null);
        String salt = OneTimeCodes.newSalt();
        if (CodeFactor.EMAIL.equals(factor.method())) {
            outbox.queue(new Mail(account.email(), "Your Latchkey code", text));
            factor.codeSent(OneTimeCodes.hash(salt, code), salt, purpose, challenge, expiresAt, null, now);
            return new CodeSent(CodeFactor.EMAIL, account.email(), expiresAt, null);
        }
        String number = purpose == CodeFactor.Purpose.SETUP ? factor.pendingPhone().orElseThrow() : factor.enabledPhone().orElseThrow();
        String messageId = sms.send(number, text);
        factor.codeSent(OneTimeCodes.hash(salt, code), salt, purpose, challenge, expiresAt, messageId, now);
        return new CodeSent(CodeFactor.SMS, PhoneNumbers.masked(number), expiresAt, previous);
    }
}
