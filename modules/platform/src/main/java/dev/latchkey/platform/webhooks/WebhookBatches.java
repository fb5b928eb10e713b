package dev.latchkey.platform.webhooks;

import dev.latchkey.platform.keys.SecretBox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * One delivery transaction. It claims subscriptions with due deliveries ({@code FOR NO KEY UPDATE
 * SKIP LOCKED}: one node delivers a subscription at a time, and new events keep being queued while
 * it does), then sends each one's pending deliveries oldest first, stopping at the first that fails:
 * so every consumer gets its events in order, at least once.
 */
@ApplicationScoped
public class WebhookBatches {

    static final int SUBSCRIPTIONS = 10;
    static final int PER_SUBSCRIPTION = 100;

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    SecretBox box;
    @Inject
    WebhookSender sender;
    @Inject
    WebhookPolicy policy;

    /** Returns how many were delivered, so the caller keeps going while there is work. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deliverNextBatch() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<WebhookSubscription> due = em.createNativeQuery("select s.* from webhook_subscription s where s.deleted_at is null "
                        + "and exists (select 1 from webhook_delivery d where d.subscription_id = s.id and d.state = 'pending' "
                        + "and d.next_attempt_at <= ?1) limit " + SUBSCRIPTIONS + " for no key update of s skip locked", WebhookSubscription.class)
                .setParameter(1, now)
                .getResultList();
        int delivered = 0;
        for (WebhookSubscription subscription : due) {
            delivered += deliver(subscription);
        }
        return delivered;
    }

    private int deliver(WebhookSubscription subscription) {
        String secret = box.open(WebhookSubscription.sealContext(subscription.id()), subscription.sealedSecret());
        List<WebhookDelivery> pending = em.createQuery("select d from WebhookDelivery d where d.subscriptionId = :id "
                        + "and d.state = 'pending' order by d.id", WebhookDelivery.class)
                .setParameter("id", subscription.id())
                .setMaxResults(PER_SUBSCRIPTION)
                .getResultList();
        int delivered = 0;
        for (WebhookDelivery delivery : pending) {
            if (!delivery.isDue(clock.instant())) {
                break;
            }
            WebhookSender.Outcome outcome = sender.post(subscription.url(), secret, delivery);
            if (outcome.delivered()) {
                delivery.delivered(outcome.status(), clock.instant());
                delivered++;
                continue;
            }
            delivery.failed(outcome.status() == 0 ? null : outcome.status(), outcome.error(), clock.instant(),
                    policy.retryInitial(), policy.retryFor());
            if (WebhookDelivery.PENDING.equals(delivery.state())) {
                break;
            }
        }
        return delivered;
    }
}
