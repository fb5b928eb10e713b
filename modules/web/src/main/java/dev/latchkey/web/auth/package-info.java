/** HTTP for signing in and out, the signed-in account and password reset; who is calling ({@code Principal}, {@code Authentication}). */
package dev.latchkey.web.auth;
