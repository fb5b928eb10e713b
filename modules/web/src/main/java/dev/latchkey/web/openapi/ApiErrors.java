package dev.latchkey.web.openapi;

import dev.latchkey.kernel.error.ErrorCode;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The catalogue codes a resource method answers with on purpose. {@link ErrorResponses}
 * turns them, plus the codes every route may give, into the operation's error responses.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiErrors {
    ErrorCode[] value();
}
