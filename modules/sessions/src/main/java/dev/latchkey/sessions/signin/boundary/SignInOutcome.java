package dev.latchkey.sessions.signin.boundary;

import dev.latchkey.sessions.tokens.boundary.TokenPair;
import dev.latchkey.sessions.twofactor.boundary.MfaChallengeView;

/** What a sign-in ends in: a session with its tokens, or the second factor still to come. */
public sealed interface SignInOutcome {

    /** Signed in: the session's token pair. */
    record Signed(TokenPair tokens) implements SignInOutcome {
    }

    /** Right password on an account with two-factor on: no tokens yet, a challenge for POST /api/2fa/verify. */
    record SecondFactorRequired(MfaChallengeView challenge) implements SignInOutcome {
    }
}
