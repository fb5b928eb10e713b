package dev.latchkey.web.ratelimit;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method whose every call counts against a rate limit of
 * {@code RateLimitPolicy} (by name), per {@link #per() subject}; {@link RateLimiting} counts it.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RateLimited {

    /** The limit's name, e.g. {@code device-registration}. */
    String value() default "";

    /** Whose calls are counted together. */
    Per per() default Per.ACCOUNT;

    enum Per {
        /** the authenticated caller's account (the method must be {@code @Authenticated}) */
        ACCOUNT
    }
}
