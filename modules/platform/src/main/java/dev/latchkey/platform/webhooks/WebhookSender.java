package dev.latchkey.platform.webhooks;

import dev.latchkey.platform.http.OutboundHttp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;

/**
 * Posts one delivery, signed. Redirects are not followed, and unless private targets are allowed the
 * host is resolved again before each attempt (a name that turned private is refused, not called).
 */
@ApplicationScoped
public class WebhookSender {


    @Inject
    Clock clock;
    @Inject
    WebhookPolicy policy;

    /** What an attempt came to: a status (0 when there was none) and, when it failed, why. */
    public record Outcome(int status, String error) {
        boolean delivered() {
            return status >= 200 && status < 300;
        }
    }

    Outcome post(String url, String secret, WebhookDelivery delivery) {
        long timestamp = clock.instant().getEpochSecond();
        try {
            URI target = URI.create(url);
            if (!policy.allowPrivateTargets()) {
                for (InetAddress address : InetAddress.getAllByName(target.getHost())) {
                    if (WebhookTargets.isPrivate(address)) {
                        return new Outcome(0, "the host resolves to a private address");
                    }
                }
            }
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(policy.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Latchkey-Webhooks/1")
                    .header(InboundWebhooks.ID, delivery.eventId().toString())
                    .header(InboundWebhooks.TIMESTAMP, Long.toString(timestamp))
                    .header(InboundWebhooks.SIGNATURE, WebhookSignature.sign(secret, timestamp, delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                    .build();
            int status = OutboundHttp.CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Outcome(status, status >= 200 && status < 300 ? null : "answered " + status);
        } catch (HttpTimeoutException e) {
            return new Outcome(0, "timed out after " + policy.timeout().toMillis() + " ms");
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(0, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(0, "interrupted");
        }
    }
}
