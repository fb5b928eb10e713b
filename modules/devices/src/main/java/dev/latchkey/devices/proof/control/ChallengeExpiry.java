package dev.latchkey.devices.proof.control;

import dev.latchkey.platform.housekeeping.ExpiringRows;
import dev.latchkey.platform.housekeeping.Expiry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;

/** Device challenges go a day after they expire (until then, a late proof hears that its nonce expired). */
@ApplicationScoped
public class ChallengeExpiry implements ExpiringRows {

    @Override
    public List<Expiry> expiries() {
        return List.of(new Expiry("device_challenge", "expires_at < ?1", Duration.ofDays(1)));
    }
}
