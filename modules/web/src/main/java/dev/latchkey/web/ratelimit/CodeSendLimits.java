package dev.latchkey.web.ratelimit;

import dev.latchkey.platform.ratelimit.RateLimitPolicy;
import dev.latchkey.platform.ratelimit.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * The per-account limits on sending codes (rate-limit.2fa-send-email, rate-limit.2fa-send-sms): the
 * account is known only once the mfaToken is read, so they are counted here rather than by route.
 * Sign-in codes and confirmation codes of one account count together.
 */
@ApplicationScoped
public class CodeSendLimits {

    @Inject
    RateLimits limits;
    @Inject
    RateLimitPolicy policy;

    /** Counts one send; RATE_LIMIT_AUTH when the account's limit for the method is spent. */
    public void count(UUID accountId, String method) {
        if (policy.enabled()) {
            String limit = "sms".equals(method) ? RateLimitPolicy.TWO_FACTOR_SEND_SMS : RateLimitPolicy.TWO_FACTOR_SEND_EMAIL;
            limits.hit(limit, accountId.toString()).requireAllowed();
        }
    }
}
