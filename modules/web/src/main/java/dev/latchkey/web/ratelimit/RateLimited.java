package dev.latchkey.web.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rate limit of {@code RateLimitPolicy} (by name) a route counts against besides the defaults
 * {@link RateLimiting} applies (the API limit for authenticated routes, the global one for the
 * others), and whose calls count together.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RateLimited {

    /** The limit's name, e.g. {@code device-registration}. */
    String value();

    /** Whose calls are counted together. */
    Per per();

    enum Per {
        /** the API key, else the account, of an authenticated call (the {@code api} limit of every authenticated route) */
        API_CALLER,
        /** the authenticated caller's account (the route must be {@code @Authenticated}); besides the API limit */
        ACCOUNT,
        /** the client address ({@code ClientAddresses}); instead of the global limit */
        CLIENT,
        /** the account the body's token belongs to, counted by the façade that finds it; instead of the global limit */
        TOKEN_OWNER
    }
}
