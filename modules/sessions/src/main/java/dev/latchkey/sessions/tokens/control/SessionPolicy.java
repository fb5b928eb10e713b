package dev.latchkey.sessions.tokens.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** The session and token policies of CONTRACT.md section 5, read in this one place. */
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
