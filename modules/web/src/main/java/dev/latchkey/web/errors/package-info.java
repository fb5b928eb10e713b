/**
 * Every error answer: the mappers (catalogue exceptions, Bean Validation, JAX-RS, Fault Tolerance,
 * the catch-all), the one writer of the envelope and RFC 9457 ({@code ErrorDocument}), the error page
 * for failures outside JAX-RS, and the generated error reference at /docs/errors.
 */
package dev.latchkey.web.errors;
