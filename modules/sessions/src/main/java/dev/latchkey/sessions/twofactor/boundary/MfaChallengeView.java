package dev.latchkey.sessions.twofactor.boundary;

import java.util.List;

/** The answer to a right password when two-factor is on: no tokens yet, a challenge instead. */
public record MfaChallengeView(boolean mfaRequired, String mfaToken, List<String> methods) {
}
