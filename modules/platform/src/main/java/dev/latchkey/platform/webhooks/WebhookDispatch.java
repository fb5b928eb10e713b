package dev.latchkey.platform.webhooks;

import dev.latchkey.platform.outbox.OutboxDrain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Runs {@link WebhookBatches} right after a commit that queued events, and every second for retries. */
@ApplicationScoped
public class WebhookDispatch extends OutboxDrain {

    @Inject
    WebhookBatches batches;

    @Override
    protected int nextBatch() {
        return batches.deliverNextBatch();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookEvents.Queued queued) {
        kick();
    }
}
