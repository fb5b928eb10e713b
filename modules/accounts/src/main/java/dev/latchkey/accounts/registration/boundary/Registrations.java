package dev.latchkey.accounts.registration.boundary;

import dev.latchkey.platform.webhooks.WebhookEvents;
import dev.latchkey.accounts.core.boundary.AccountView;
import dev.latchkey.accounts.core.control.AccountPolicy;
import dev.latchkey.accounts.core.control.AccountStore;
import dev.latchkey.accounts.core.entity.Account;
import dev.latchkey.accounts.mails.AccountMails;
import dev.latchkey.accounts.password.control.PasswordHasher;
import dev.latchkey.accounts.tokens.control.AccountTokens;
import dev.latchkey.accounts.tokens.entity.AccountToken;
import dev.latchkey.platform.mail.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.UUID;

/** Signing up: a new account, its confirmation mail, and confirming the address with the mailed token. */
@ApplicationScoped
@Transactional
public class Registrations {

    @Inject
    AccountStore store;
    @Inject
    WebhookEvents events;
    @Inject
    PasswordHasher hasher;
    @Inject
    AccountPolicy policy;
    @Inject
    AccountTokens tokens;
    @Inject
    AccountMails mails;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    /**
     * Registers an account: ACTIVE, or PENDING when approval is required; email not yet
     * confirmed. The confirmation mail is queued in the same transaction.
     */
    public AccountView register(@NotNull @Valid Registration registration) {
        Account account = store.add(new Account(registration.normalisedEmail(), registration.username(),
                hasher.hash(registration.password()), registration.displayNameOrNull(),
                policy.initialStatus(), clock.instant()));
        String token = tokens.issue(account.id(), AccountToken.Purpose.CONFIRM_EMAIL, policy.confirmationTokenTtl());
        outbox.queue(mails.confirmation(account, token));
        events.publish(WebhookEvents.ACCOUNT_CREATED, "accountId", account.id(), "status", account.status().name());
        return AccountView.of(account);
    }

    /** Confirms the email address the token was mailed to; the token is spent. */
    public AccountView confirmEmail(String token) {
        UUID id = tokens.redeem(token, AccountToken.Purpose.CONFIRM_EMAIL);
        Account account = store.require(id);
        account.confirmEmail(clock.instant());
        events.publish(WebhookEvents.ACCOUNT_CONFIRMED, "accountId", account.id());
        return AccountView.of(account);
    }
}
