/** HTTP for two-factor setup, disable and the second step of a sign-in. */
package dev.latchkey.web.twofactor;
