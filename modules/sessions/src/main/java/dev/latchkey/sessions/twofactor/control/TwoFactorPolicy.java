package dev.latchkey.sessions.twofactor.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * The two-factor policies, read in this one place. Wrong codes are bounded twice: per sign-in
 * challenge (an mfaToken is spent after {@link #attemptsPerChallenge()}), and per account across
 * every challenge, setup and disable: after {@code mfa.max-failed-codes} (10) wrong codes the
 * factor pauses for {@code mfa.failed-codes-pause} (15 min) from the last one. Whoever knows the
 * password cannot dodge the second bound by asking for fresh mfaTokens.
 */
@ApplicationScoped
public class TwoFactorPolicy {

    static final int ATTEMPTS_PER_CHALLENGE = 5;

    @Inject
    @ConfigProperty(name = "mfa.max-failed-codes", defaultValue = "10")
    int maxFailedCodes;
    @Inject
    @ConfigProperty(name = "mfa.failed-codes-pause", defaultValue = "PT15M")
    Duration failedCodesPause;

    public int attemptsPerChallenge() {
        return ATTEMPTS_PER_CHALLENGE;
    }

    public int maxFailedCodes() {
        return Math.max(1, maxFailedCodes);
    }

    public Duration failedCodesPause() {
        return failedCodesPause;
    }
}
