package dev.latchkey.accounts.mails;

import dev.latchkey.accounts.core.control.AccountPolicy;
import dev.latchkey.accounts.core.entity.Account;
import dev.latchkey.platform.mail.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The texts of the mails accounts send; each link carries {@code token=<token>}. */
@ApplicationScoped
public class AccountMails {

    @Inject
    AccountPolicy policy;

    public Mail confirmation(Account account, String token) {
        return new Mail(account.email(), "Confirm your email address",
                "Hello " + greeting(account) + ",\n\nplease confirm your email address by opening this link:\n\n"
                        + policy.confirmationLink(token) + "\n\nThe link is valid for "
                        + policy.confirmationTokenTtl().toHours() + " hours. If you did not sign up, ignore this mail.\n");
    }

    public Mail passwordReset(Account account, String token) {
        return new Mail(account.email(), "Reset your password",
                "Hello " + greeting(account) + ",\n\nsomeone asked to reset the password of your account. To choose a new one, open:\n\n"
                        + policy.resetLink(token) + "\n\nThe link is valid for " + policy.resetTokenTtl().toMinutes()
                        + " minutes and works once. If it was not you, ignore this mail; your password stays as it is.\n");
    }

    private static String greeting(Account account) {
        return account.displayName() != null ? account.displayName() : account.username();
    }
}
