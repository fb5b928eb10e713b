package dev.latchkey.web.twofactor;

import dev.latchkey.kernel.error.ValidationFailed;
import dev.latchkey.kernel.error.Violation;
import dev.latchkey.sessions.twofactor.boundary.CodeFactors;
import dev.latchkey.sessions.twofactor.boundary.CodeSent;
import dev.latchkey.web.auth.CurrentPrincipal;
import dev.latchkey.web.envelope.Envelope;
import dev.latchkey.web.json.Bodies;
import dev.latchkey.web.ratelimit.CodeSendLimits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/** What the e-mail and SMS routes share: verify-setup, a confirmation code, turning off. */
@RequestScoped
class CodeFactorRoutes {

    static final String DESCRIPTION = "Codes have 6 digits, work once, for mfa.code-ttl (5 min); a new one replaces the last. "
            + "Wrong codes count toward the account's pause like TOTP's (AUTH_ACCOUNT_LOCKED, lockout_reason too_many_failed_codes).";

    @Inject
    CodeFactors codeFactors;
    @Inject
    CodeSendLimits sendLimits;
    @Inject
    CurrentPrincipal caller;

    /** The method named in a body: email or sms, else VALIDATION_ERROR on method. */
    static String method(String given) {
        if (given == null || given.isBlank()) {
            throw new ValidationFailed(Violation.required("method"));
        }
        if (!CodeFactors.METHODS.contains(given)) {
            throw new ValidationFailed(new Violation("method", Violation.Type.FORMAT, "must be email or sms"));
        }
        return given;
    }

    Response started(CodeSent sent) {
        return Response.accepted(Envelope.success(sent)).build();
    }

    Response verifySetup(String method, TwoFactorRequests.Code body) {
        Optional<java.util.List<String>> codes = codeFactors.verifySetup(caller.get().accountId(), method, Bodies.required(body).code(),
                caller.get().sessionId());
        return Response.ok(Envelope.success(new TwoFactorRequests.FactorEnabled(method, codes.orElse(null)))).build();
    }

    Response sendConfirmation(String method) {
        sendLimits.count(caller.get().accountId(), method);
        return Response.accepted(Envelope.success(codeFactors.sendConfirmationCode(caller.get().accountId(), method))).build();
    }

    Response disable(String method, TwoFactorRequests.Code body) {
        codeFactors.disable(caller.get().accountId(), method, Bodies.required(body).code(), caller.get().sessionId());
        return Response.noContent().build();
    }
}
