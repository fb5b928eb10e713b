package dev.latchkey.web.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The area of a resource for API-key scopes (CONTRACT.md section 1): a key needs
 * {@code <area>:read} for GET and {@code <area>:write} for other methods; the area {@code admin}
 * needs the scope {@code admin}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Area {
    String value();
}
