package dev.latchkey.sessions.tokens.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * The sessions module's policies (CONTRACT.md section 5), read in this one place: sessions and
 * tokens, and the two-factor bounds. Wrong second-factor codes are bounded twice: per sign-in
 * challenge (an mfaToken is spent after {@link #attemptsPerChallenge()}), and per account across
 * every challenge, setup and disable: after {@code mfa.max-failed-codes} (10) the factor pauses for
 * {@code mfa.failed-codes-pause} (15 min) from the last wrong one. Whoever knows the password cannot
 * dodge the second bound by asking for fresh mfaTokens.
 */
@ApplicationScoped
public class SessionPolicy {

    @Inject
    @ConfigProperty(name = "sessions.max-age", defaultValue = "PT1H")
    Duration maxAge;
    @Inject
    @ConfigProperty(name = "tokens.access-ttl", defaultValue = "PT15M")
    Duration accessTtl;

    @Inject
    @ConfigProperty(name = "sessions.max-concurrent", defaultValue = "3")
    int maxConcurrent;
    /** How close together two refreshes of one token count as one client's double submit, not theft. */
    @Inject
    @ConfigProperty(name = "sessions.refresh-reuse-grace", defaultValue = "PT2S")
    Duration refreshReuseGrace;

    public Duration refreshReuseGrace() {
        return refreshReuseGrace.isNegative() ? Duration.ZERO : refreshReuseGrace;
    }

    @Inject
    @ConfigProperty(name = "mfa.max-failed-codes", defaultValue = "10")
    int maxFailedCodes;
    @Inject
    @ConfigProperty(name = "mfa.failed-codes-pause", defaultValue = "PT15M")
    Duration failedCodesPause;

    /** How long an e-mail or SMS code works. */
    @Inject
    @ConfigProperty(name = "mfa.code-ttl", defaultValue = "PT5M")
    Duration codeTtl;

    public Duration codeTtl() {
        return codeTtl;
    }

    static final int ATTEMPTS_PER_CHALLENGE = 5;
    static final Duration MFA_CHALLENGE_TTL = Duration.ofMinutes(5);

    public int attemptsPerChallenge() {
        return ATTEMPTS_PER_CHALLENGE;
    }

    public Duration mfaChallengeTtl() {
        return MFA_CHALLENGE_TTL;
    }

    public int maxFailedCodes() {
        return Math.max(1, maxFailedCodes);
    }

    public Duration failedCodesPause() {
        return failedCodesPause;
    }

    public int maxConcurrent() {
        return Math.max(1, maxConcurrent);
    }

    public Duration maxAge() {
        return maxAge;
    }

    public Duration accessTtl() {
        return accessTtl;
    }
}
