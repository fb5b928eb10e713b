/**
 * Mail: an outbox table written in the transaction of the change that causes the mail, and
 * a delivery loop that sends it over SMTP after commit, retrying with back-off.
 */
package dev.latchkey.platform.mail;
