package dev.latchkey.platform.webhooks;

import dev.latchkey.kernel.error.ResourceNotFound;
import dev.latchkey.kernel.error.ValidationFailed;
import dev.latchkey.kernel.error.Violation;
import dev.latchkey.kernel.secrets.Secrets;
import dev.latchkey.platform.keys.SecretBox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Administrators' subscriptions. The secret is made here, answered once and kept sealed (it signs
 * every delivery, so it cannot be hashed). Unsubscribing cancels what was still pending for it.
 */
@ApplicationScoped
@Transactional
public class Webhooks {

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    SecretBox box;
    @Inject
    WebhookPolicy policy;

    /** A subscription as listed: never its secret. */
    public record Subscription(UUID id, String url, List<String> events, Instant createdAt) {
        static Subscription of(WebhookSubscription row) {
            return new Subscription(row.id(), row.url(), row.events(), row.createdAt());
        }
    }

    /** A new subscription with its secret, shown this once. */
    public record Created(UUID id, String url, List<String> events, Instant createdAt, String secret) {
    }

    /** One delivery as the administrator sees it: no payload, which the consumer has. */
    public record Delivery(UUID eventId, String type, String state, int attempts, Integer lastStatus, String lastError,
                           Instant createdAt, Instant nextAttemptAt, Instant deliveredAt) {
        static Delivery of(WebhookDelivery row) {
            boolean pending = WebhookDelivery.PENDING.equals(row.state());
            return new Delivery(row.eventId(), row.eventType(), row.state(), row.attempts(), row.lastStatus(), row.lastError(),
                    row.createdAt(), pending ? row.nextAttemptAt() : null, row.deliveredAt());
        }
    }

    public record DeliveryPage(List<Delivery> items, int page, int size, long total) {
    }

    public Created subscribe(String url, List<String> events) {
        WebhookTargets.check(url, policy.allowPrivateTargets());
        List<String> types = checkEvents(events);
        UUID id = UUID.randomUUID();
        String secret = "whsec_" + Secrets.randomToken();
        WebhookSubscription row = new WebhookSubscription(id, url, types, box.seal(WebhookSubscription.sealContext(id), secret), clock.instant());
        em.persist(row);
        return new Created(id, url, types, row.createdAt(), secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Subscription> list() {
        return em.createQuery("select s from WebhookSubscription s where s.deletedAt is null order by s.createdAt, s.id", WebhookSubscription.class)
                .getResultStream().map(Subscription::of).toList();
    }

    public void unsubscribe(UUID id) {
        WebhookSubscription row = live(id);
        row.delete(clock.instant());
        em.createQuery("update WebhookDelivery d set d.state = 'cancelled' where d.subscriptionId = :id and d.state = 'pending'")
                .setParameter("id", id).executeUpdate();
    }

    /** Newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeliveryPage deliveries(UUID id, int page, int size) {
        live(id);
        List<Delivery> items = em.createQuery("select d from WebhookDelivery d where d.subscriptionId = :id order by d.id desc", WebhookDelivery.class)
                .setParameter("id", id)
                .setFirstResult((page - 1) * size)
                .setMaxResults(size)
                .getResultStream().map(Delivery::of).toList();
        long total = em.createQuery("select count(d) from WebhookDelivery d where d.subscriptionId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        return new DeliveryPage(items, page, size, total);
    }

    private WebhookSubscription live(UUID id) {
        WebhookSubscription row = em.find(WebhookSubscription.class, id);
        if (row == null || row.isDeleted()) {
            throw new ResourceNotFound("webhook", id.toString());
        }
        return row;
    }

    private static List<String> checkEvents(List<String> events) {
        if (events == null || events.isEmpty()) {
            throw new ValidationFailed(new Violation("events", Violation.Type.REQUIRED, "must name at least one event type"));
        }
        LinkedHashSet<String> types = new LinkedHashSet<>();
        for (String event : events) {
            if (event == null || !WebhookEvents.TYPES.contains(event)) {
                throw new ValidationFailed(new Violation("events", Violation.Type.FORMAT,
                        "must be event types of " + String.join(", ", WebhookEvents.TYPES)));
            }
            types.add(event);
        }
        return List.copyOf(types);
    }
}
