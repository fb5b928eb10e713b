package dev.latchkey.accounts.reset.boundary;

import dev.latchkey.accounts.mails.AccountMails;
import dev.latchkey.accounts.password.control.Password;
import dev.latchkey.accounts.password.control.PasswordHasher;
import dev.latchkey.accounts.core.control.AccountPolicy;
import dev.latchkey.accounts.core.control.AccountStore;
import dev.latchkey.accounts.core.entity.Account;
import dev.latchkey.accounts.tokens.control.AccountTokens;
import dev.latchkey.accounts.tokens.entity.AccountToken;
import dev.latchkey.accounts.tokens.control.MailedTokenErrors;
import dev.latchkey.kernel.events.SessionsToEnd;
import dev.latchkey.platform.mail.Outbox;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Password reset. A request answers the same, in the same time, whether or not the email
 * belongs to an account: the lookup, the token and the mail happen after the answer, on the
 * managed executor. Confirming sets the new password, spends the token and ends every session.
 */
@ApplicationScoped
public class PasswordResets {

    private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());

    @Inject
    AccountStore store;
    @Inject
    AccountTokens tokens;
    @Inject
    AccountMails mails;
    @Inject
    Outbox outbox;
    @Inject
    AccountPolicy policy;
    @Inject
    PasswordHasher hasher;
    @Inject
    Event<SessionsToEnd> sessionsToEnd;
    @Inject
    Clock clock;
    @Inject
    PasswordResets self;
    @Resource
    ManagedExecutorService executor;

    /** Accepts the request; a mail follows if, and only if, the address has an account. */
    public void request(@NotBlank @Size(max = 254) @Email(regexp = ".+@[^@]+\\.[^@]+", message = "must be a valid email address") String email) {
        executor.execute(() -> {
            try {
                self.mailResetLink(email);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Password reset mail not queued: {0}", e.toString());
            }
        });
    }

    @Transactional
    public void mailResetLink(String email) {
        Optional<Account> account = store.findByEmail(email);
        account.ifPresent(found -> {
            String token = tokens.issue(found.id(), AccountToken.Purpose.RESET_PASSWORD, policy.resetTokenTtl());
            outbox.queue(mails.passwordReset(found, token));
        });
    }

    /** Sets the new password; the token works once, and every session of the account ends. */
    @Transactional
    public void confirm(@NotNull String token, @NotNull @Password String newPassword) {
        UUID id = tokens.redeem(token, AccountToken.Purpose.RESET_PASSWORD);
        Account account = store.find(id).orElseThrow(() -> new MailedTokenErrors.Unknown(AccountToken.Purpose.RESET_PASSWORD));
        account.changePassword(hasher.hash(newPassword), clock.instant());
        tokens.spendAll(id, AccountToken.Purpose.RESET_PASSWORD);
        sessionsToEnd.fire(new SessionsToEnd(id, Optional.empty(), "password_reset"));
    }
}
