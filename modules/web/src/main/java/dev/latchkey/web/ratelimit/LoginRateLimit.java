package dev.latchkey.web.ratelimit;

import dev.latchkey.accounts.core.boundary.Accounts;
import dev.latchkey.platform.ratelimit.RateLimitPolicy;
import dev.latchkey.platform.ratelimit.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The auth limit per login, beside the one per address: sign-ins and password-reset requests naming
 * one login count together, whatever address they come from (so spraying one account from many
 * addresses stops too) and whatever spelling names it, whether or not the account exists.
 */
@ApplicationScoped
public class LoginRateLimit {

    @Inject
    RateLimits limits;
    @Inject
    RateLimitPolicy policy;
    @Inject
    Accounts accounts;

    /** Counts an attempt naming {@code login}; RATE_LIMIT_AUTH when its limit is spent. Blank logins are left to validation. */
    public void count(String login) {
        if (login != null && !login.isBlank() && policy.enabled()) {
            limits.hit(RateLimitPolicy.AUTH, "login:" + accounts.loginKey(login)).requireAllowed();
        }
    }
}
