package dev.latchkey.web.openapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a resource method answers when it succeeds, for the OpenAPI document: the status, the
 * record in the envelope's {@code data} (one of several, or a page of them), and the headers it
 * sets. {@link OpenApiDocument} reads it with the JAX-RS annotations of the method.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Success {

    int status() default 200;

    String description();

    /** The records {@code data} holds (more than one: any of them); none for a bodiless answer. */
    Class<?>[] data() default {};

    /** The name of the envelope when {@code data} may be one of several records. */
    String name() default "";

    /** {@code data} is a list of the record, with {@code meta} (page, size, total). */
    boolean page() default false;

    /** The answer is the record itself, not an envelope ({@code GET /api/health}). */
    boolean bare() default false;

    /** Headers the answer sets ({@code Cache-Control: no-store} is documented from {@code @NoStore} itself). */
    Header[] headers() default {};

    /** A single resource read: carries an ETag and answers 304 to an If-None-Match naming it. */
    boolean conditional() default false;

    enum Header { LOCATION, ETAG }
}
