package dev.latchkey.sessions.twofactor.boundary;

import dev.latchkey.kernel.error.InvalidRequest;
import dev.latchkey.kernel.json.Jsonp;
import dev.latchkey.platform.webhooks.InboundWebhooks;
import dev.latchkey.sessions.twofactor.control.TwoFactorStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.StringReader;
import java.time.Clock;
import java.util.Optional;

/**
 * The SMS gateway's delivery reports ({@code {messageId, status}}), signed with
 * {@code sms.webhook-secret}. A genuine report is kept on the factor whose last text it names, so the
 * next send-code can say that the previous text failed; a replay (same {@code X-Webhook-Id}) or a
 * report about an older text changes nothing.
 */
@ApplicationScoped
@Transactional
public class SmsDeliveryReports {

    @Inject
    InboundWebhooks inbound;
    @Inject
    TwoFactorStore store;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "sms.webhook-secret")
    Optional<String> secret;

    /** Takes a report; false when it was a replay of one already taken. */
    public boolean report(InboundWebhooks.Signed webhook) {
        if (!inbound.claim(secret.filter(s -> !s.isBlank()), webhook)) {
            return false;
        }
        JsonObject report;
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(webhook.body()))) {
            report = reader.readObject();
        } catch (RuntimeException e) {
            throw new InvalidRequest("body", "must be a JSON object {messageId, status}");
        }
        String messageId = text(report, "messageId", 200);
        String status = text(report, "status", 20);
        store.lockByMessage(messageId).ifPresent(factor -> factor.deliveryReported(status, clock.instant()));
        return true;
    }

    private static String text(JsonObject report, String name, int maxLength) {
        if (report.get(name) instanceof JsonString value && !value.getString().isBlank() && value.getString().length() <= maxLength) {
            return value.getString();
        }
        throw new InvalidRequest(name, "must be a non-empty string of at most " + maxLength + " characters");
    }
}
