/** The mails the accounts module sends (confirmation, password reset), queued in the outbox. */
package dev.latchkey.accounts.mails;
