package dev.latchkey.platform.webhooks;

import dev.latchkey.kernel.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes an event to every live subscription that asked for its type: one statement in the
 * caller's transaction, whatever the number of subscriptions, so the event exists if and only if
 * the change that caused it committed. Delivery happens after commit ({@link WebhookDispatch});
 * nothing the consumers do can slow or fail the request. {@code data} carries ids and states only:
 * never a secret, password, token or code.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class WebhookEvents {

    public static final String ACCOUNT_CREATED = "account.created";
    public static final String ACCOUNT_CONFIRMED = "account.confirmed";
    public static final String ACCOUNT_LOCKED = "account.locked";
    public static final String ACCOUNT_STATUS_CHANGED = "account.status_changed";
    public static final String SESSION_CREATED = "session.created";
    public static final String SESSION_ENDED = "session.ended";
    public static final String DEVICE_REGISTERED = "device.registered";
    public static final String DEVICE_REVOKED = "device.revoked";
    public static final String MFA_ENABLED = "mfa.enabled";
    public static final String MFA_DISABLED = "mfa.disabled";
    public static final List<String> TYPES = List.of(ACCOUNT_CREATED, ACCOUNT_CONFIRMED, ACCOUNT_LOCKED, ACCOUNT_STATUS_CHANGED,
            SESSION_CREATED, SESSION_ENDED, DEVICE_REGISTERED, DEVICE_REVOKED, MFA_ENABLED, MFA_DISABLED);

    /** Fired when a publish queued deliveries; observed after a successful commit to deliver at once. */
    public record Queued() {
    }

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Event<Queued> queued;

    /** Publishes {@code type} with {@code data} (keys and values as given; values are written as JSON strings, numbers or booleans). */
    public void publish(String type, Map<String, ?> data) {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("not an event type of the contract: " + type);
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        String payload = Jsonp.PROVIDER.createObjectBuilder()
                .add("id", id.toString())
                .add("type", type)
                .add("occurredAt", now.truncatedTo(ChronoUnit.MILLIS).toString())
                .add("data", json(data))
                .build().toString();
        int rows = em.createNativeQuery("insert into webhook_delivery (subscription_id, event_id, event_type, payload, created_at, next_attempt_at) "
                        + "select id, ?1, ?2, ?3, ?4, ?4 from webhook_subscription "
                        + "where deleted_at is null and position(?5 in ',' || events || ',') > 0")
                .setParameter(1, id)
                .setParameter(2, type)
                .setParameter(3, payload)
                .setParameter(4, now)
                .setParameter(5, "," + type + ",")
                .executeUpdate();
        if (rows > 0) {
            queued.fire(new Queued());
        }
    }

    /** Shorthand for data given as alternating keys and values. */
    public void publish(String type, Object... keysAndValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            data.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        publish(type, data);
    }

    private static JsonObjectBuilder json(Map<String, ?> data) {
        JsonObjectBuilder object = Jsonp.PROVIDER.createObjectBuilder();
        data.forEach((key, value) -> {
            if (value == null) {
                object.addNull(key);
            } else if (value instanceof Boolean b) {
                object.add(key, b);
            } else if (value instanceof Integer || value instanceof Long) {
                object.add(key, ((Number) value).longValue());
            } else {
                object.add(key, value.toString());
            }
        });
        return object;
    }
}
