package dev.latchkey.platform.mail;

import dev.latchkey.platform.keys.SecretBox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One delivery transaction: claims due mails, sends them, records each outcome. */
@ApplicationScoped
public class OutboxBatches {

    static final int BATCH = 20;
    private static final Logger LOG = Logger.getLogger(OutboxBatches.class.getName());

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    SmtpSender sender;
    @Inject
    SecretBox box;

    /** Returns how many were sent, so the caller keeps going while batches are full. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deliverNextBatch() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<OutboxMail> due = em.createNativeQuery("select * from mail_outbox where sent_at is null and next_attempt_at <= ?1 "
                        + "order by id limit " + BATCH + " for update skip locked", OutboxMail.class)
                .setParameter(1, now)
                .getResultList();
        int sent = 0;
        for (OutboxMail mail : due) {
            try {
                String body = SecretBox.isSealed(mail.sealedBody()) ? box.open(Outbox.CONTEXT, mail.sealedBody()) : mail.sealedBody();
                sender.send(new Mail(mail.recipient(), mail.subject(), body));
                mail.sent(clock.instant());
                sent++;
            } catch (RuntimeException e) {
                mail.failed(e.getMessage(), clock.instant());
                LOG.log(Level.WARNING, "Mail not delivered (attempt {0}, next at {1}): {2}",
                        new Object[]{mail.attempts(), mail.nextAttemptAt(), e.getMessage()});
            }
        }
        return sent == BATCH ? sent : 0;
    }
}
