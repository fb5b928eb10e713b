package dev.latchkey.sessions.tokens.control;

import dev.latchkey.platform.housekeeping.ExpiringRows;
import dev.latchkey.platform.housekeeping.Expiry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;

/** Refresh tokens go a day after their session's maximum age has passed (until then, they answer that it expired). */
@ApplicationScoped
public class RefreshTokenExpiry implements ExpiringRows {

    @Override
    public List<Expiry> expiries() {
        return List.of(new Expiry("refresh_token", "session_id in (select id from session where expires_at < ?1)", Duration.ofDays(1)));
    }
}
