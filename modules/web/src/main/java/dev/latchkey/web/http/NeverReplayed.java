package dev.latchkey.web.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A POST that spends a single-use credential (a refresh token): its Idempotency-Key is checked
 * for form but never replays an answer, so presenting the credential again always meets the
 * credential's own rules (reuse detection) instead of receiving the tokens it was once worth.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface NeverReplayed {
}
