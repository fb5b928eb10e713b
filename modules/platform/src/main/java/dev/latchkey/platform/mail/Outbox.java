package dev.latchkey.platform.mail;

import dev.latchkey.platform.keys.SecretBox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Queues mail in the caller's transaction: the mail exists if and only if the change that
 * caused it committed. Delivery happens after commit ({@link MailDelivery}), with retries, so a
 * mail server that is down fails no request and loses no mail.
 */
@ApplicationScoped
public class Outbox {

    /** What a sealed body is bound to: it opens only as an outbox mail. */
    static final String CONTEXT = "mail_outbox";

    /** Fired with each queued mail; observed after a successful commit to deliver at once. */
    public record MailQueued() {
    }

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Event<MailQueued> queued;
    @Inject
    SecretBox box;

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(Mail mail) {
        em.persist(new OutboxMail(mail.to(), mail.subject(), box.seal(CONTEXT, mail.body()), clock.instant()));
        queued.fire(new MailQueued());
    }
}
