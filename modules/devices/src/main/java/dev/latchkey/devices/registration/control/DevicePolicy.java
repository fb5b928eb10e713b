package dev.latchkey.devices.registration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** The devices module's policies (CONTRACT.md section 5), read in this one place. */
@ApplicationScoped
public class DevicePolicy {

    /** Every account is on the one plan there is so far. */
    static final String PLAN = "basic";
    static final Duration CHALLENGE_TTL = Duration.ofMinutes(5);
    /** How far ahead of this server's clock a device's timestamp may be. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "devices.max-per-account", defaultValue = "5")
    int maxPerAccount;
    @Inject
    @ConfigProperty(name = "devices.signature-max-age", defaultValue = "300000")
    long signatureMaxAgeMillis;

    public int maxPerAccount() {
        return Math.max(0, maxPerAccount);
    }

    public String plan() {
        return PLAN;
    }

    public long signatureMaxAgeMillis() {
        return signatureMaxAgeMillis;
    }

    public Duration challengeTtl() {
        return CHALLENGE_TTL;
    }

    public Duration clockSkew() {
        return CLOCK_SKEW;
    }
}
