package dev.latchkey.accounts.tokens.control;

import dev.latchkey.platform.housekeeping.ExpiringRows;
import dev.latchkey.platform.housekeeping.Expiry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;

/** Mailed tokens go a day after they expire (until then, a late click hears that the token expired). */
@ApplicationScoped
public class TokenExpiry implements ExpiringRows {

    @Override
    public List<Expiry> expiries() {
        return List.of(new Expiry("account_token", "expires_at < ?1", Duration.ofDays(1)));
    }
}
