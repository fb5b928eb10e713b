package dev.latchkey.platform.mail;

import dev.latchkey.platform.outbox.OutboxDrain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Delivers the mail outbox: right after a commit that queued mail, and every second for retries. */
@ApplicationScoped
public class MailDelivery extends OutboxDrain {

    @Inject
    OutboxBatches batches;

    @Override
    protected int nextBatch() {
        return batches.deliverNextBatch();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.MailQueued queued) {
        kick();
    }
}
