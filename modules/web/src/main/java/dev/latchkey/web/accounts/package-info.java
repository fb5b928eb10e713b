/** HTTP for registration, email confirmation and reading an account. */
package dev.latchkey.web.accounts;
