package dev.latchkey.sessions.twofactor.control;

import dev.latchkey.kernel.json.Jsonp;
import dev.latchkey.platform.http.OutboundHttp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Texts through the HTTP SMS gateway: {@code POST {to, message}} to {@code sms.gateway-url} with
 * {@code Authorization: Bearer <sms.gateway-token>}, within {@code sms.gateway-timeout} (PT10S). The
 * gateway's id for the text is read from its answer ({@code messageId} or {@code id}) so delivery
 * reports can be matched. With no URL the text is written to the log. A gateway that keeps failing
 * opens the circuit (MicroProfile Fault Tolerance): for 30 s no call is made and callers get 503.
 */
@ApplicationScoped
public class SmsGateway {

    private static final Logger LOG = Logger.getLogger(SmsGateway.class.getName());

    @Inject
    @ConfigProperty(name = "sms.gateway-url")
    Optional<String> url;
    @Inject
    @ConfigProperty(name = "sms.gateway-token")
    Optional<String> token;
    @Inject
    @ConfigProperty(name = "sms.gateway-timeout", defaultValue = "PT10S")
    String timeout;

    /** Sends the text; answers the gateway's id for it. GatewayFailed or GatewayTimedOut when it was not accepted. */
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS, successThreshold = 1)
    public String send(String to, String message) {
        if (url.filter(u -> !u.isBlank()).isEmpty()) {
            String id = "logged-" + UUID.randomUUID();
            LOG.info(() -> "SMS to " + to + " (no sms.gateway-url set, so logged): " + message);
            return id;
        }
        Duration limit = Duration.parse(timeout);
        String body = Jsonp.PROVIDER.createObjectBuilder().add("to", to).add("message", message).build().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.get()))
                .timeout(limit)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        token.filter(t -> !t.isBlank()).ifPresent(t -> request.header("Authorization", "Bearer " + t));
        HttpResponse<String> response;
        try {
            response = OutboundHttp.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new SmsErrors.GatewayTimedOut(limit);
        } catch (java.net.ConnectException e) {
            throw new SmsErrors.GatewayFailed("it refused the connection");
        } catch (IOException e) {
            throw new SmsErrors.GatewayFailed("the connection failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsErrors.GatewayFailed("interrupted");
        }
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            throw new SmsErrors.GatewayFailed("it answered " + response.statusCode());
        }
        return messageId(response.body()).orElseGet(() -> "unnamed-" + UUID.randomUUID());
    }

    private static Optional<String> messageId(String body) {
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(body == null ? "" : body))) {
            JsonObject object = reader.readObject();
            for (String key : new String[]{"messageId", "id"}) {
                JsonValue value = object.get(key);
                if (value instanceof JsonString text && !text.getString().isBlank() && text.getString().length() <= 200) {
                    return Optional.of(text.getString());
                }
            }
        } catch (RuntimeException e) {
            // an answer without a readable id: reports for this text cannot be matched
        }
        return Optional.empty();
    }
}
