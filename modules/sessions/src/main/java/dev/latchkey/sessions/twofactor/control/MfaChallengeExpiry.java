package dev.latchkey.sessions.twofactor.control;

import dev.latchkey.platform.housekeeping.ExpiringRows;
import dev.latchkey.platform.housekeeping.Expiry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;

/** Sign-in challenges go a day after they expire. */
@ApplicationScoped
public class MfaChallengeExpiry implements ExpiringRows {

    @Override
    public List<Expiry> expiries() {
        return List.of(new Expiry("mfa_challenge", "expires_at < ?1", Duration.ofDays(1)));
    }
}
