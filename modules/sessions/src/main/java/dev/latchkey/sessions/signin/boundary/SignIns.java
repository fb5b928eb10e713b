package dev.latchkey.sessions.signin.boundary;

import dev.latchkey.accounts.core.boundary.AccountView;
import dev.latchkey.accounts.signin.boundary.Credentials;
import dev.latchkey.accounts.signin.boundary.Logins;
import dev.latchkey.devices.proof.boundary.DeviceProofs;
import dev.latchkey.kernel.error.InvalidRequest;
import dev.latchkey.kernel.error.ValidationFailed;
import dev.latchkey.kernel.error.Violation;
import dev.latchkey.sessions.tokens.boundary.Sessions;
import dev.latchkey.sessions.twofactor.boundary.MfaChallengeView;
import dev.latchkey.sessions.twofactor.boundary.SecondStepPassed;
import dev.latchkey.sessions.twofactor.boundary.TwoFactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Signing in, start to end. The whole request is checked first (a malformed proof costs no hash
 * and is told whatever the password), then the password (with the lockout and without telling
 * which accounts exist), then the device proof, then either the second factor's challenge or the
 * session. Each step runs in its own transaction, as its module decides; no lock is held while
 * the password is hashed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class SignIns {

    @Inject
    Logins logins;
    @Inject
    DeviceProofs deviceProofs;
    @Inject
    TwoFactor twoFactor;
    @Inject
    Sessions sessions;

    public SignInOutcome signIn(SignInRequest request) {
        Optional<SignInRequest.ClaimedDevice> device = claimedDevice(request);
        AccountView account = logins.identify(new Credentials(request.login(), request.password()));
        device.ifPresent(d -> deviceProofs.verifyFor(account.id(), d.deviceId(), d.nonce(), d.timestamp(), d.signature()));
        Optional<UUID> proven = device.map(SignInRequest.ClaimedDevice::deviceId);
        Optional<MfaChallengeView> challenge = twoFactor.challengeIfOn(account.id(), proven);
        if (challenge.isPresent()) {
            return new SignInOutcome.SecondFactorRequired(challenge.get());
        }
        return new SignInOutcome.Signed(sessions.open(account.id(), proven));
    }

    /**
     * The second step: a code of the challenge's account opens the session, bound to the device
     * the first step proved (revoked since: DEVICE_REVOKED).
     */
    public SignInOutcome.Signed completeSecondFactor(String mfaToken, String code, Optional<String> method) {
        SecondStepPassed passed = twoFactor.verify(mfaToken, code, method);
        passed.deviceId().ifPresent(device -> deviceProofs.requireUsable(passed.accountId(), device));
        return new SignInOutcome.Signed(sessions.open(passed.accountId(), passed.deviceId()));
    }

    /** The device a sign-in claims, once the shape of its proof is checked; none without deviceId and proof. */
    private static Optional<SignInRequest.ClaimedDevice> claimedDevice(SignInRequest request) {
        if (request.deviceId() == null && request.proof() == null) {
            return Optional.empty();
        }
        List<Violation> missing = new ArrayList<>();
        if (request.deviceId() == null) {
            missing.add(Violation.required("deviceId"));
        }
        if (request.proof() == null) {
            missing.add(Violation.required("proof"));
        } else {
            missing.addAll(request.proof().missing("proof."));
        }
        if (!missing.isEmpty()) {
            throw new ValidationFailed(missing);
        }
        UUID deviceId;
        try {
            deviceId = UUID.fromString(request.deviceId());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("deviceId", "must be a UUID");
        }
        return Optional.of(new SignInRequest.ClaimedDevice(deviceId, request.proof().nonce(), request.proof().timestamp(),
                request.proof().signature()));
    }
}
