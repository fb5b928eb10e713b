/**
 * Saying which account a login and password belong to, without revealing which accounts exist,
 * and whether its state lets it sign in. Sessions, device proofs and second factors are the other
 * modules'; the whole sign-in is the sessions module's {@code SignIns}.
 */
package dev.latchkey.accounts.signin;
