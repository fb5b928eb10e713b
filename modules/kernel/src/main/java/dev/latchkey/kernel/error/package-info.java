/**
 * The error contract without HTTP: the catalogue of codes ({@link dev.latchkey.kernel.error.ErrorCode}),
 * the base exception every module throws, and field violations. The web module renders them.
 */
package dev.latchkey.kernel.error;
