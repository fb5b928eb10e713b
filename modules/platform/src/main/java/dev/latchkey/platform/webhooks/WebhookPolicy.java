package dev.latchkey.platform.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Webhook settings (MicroProfile Config): {@code webhooks.allow-private-targets} (false),
 * {@code webhooks.timeout} (PT10S per attempt), {@code webhooks.retry-initial} (PT10S, doubling up to
 * an hour) and {@code webhooks.retry-for} (PT24H, then the delivery is given up).
 */
@ApplicationScoped
public class WebhookPolicy {

    @Inject
    @ConfigProperty(name = "webhooks.allow-private-targets", defaultValue = "false")
    boolean allowPrivateTargets;
    @Inject
    @ConfigProperty(name = "webhooks.timeout", defaultValue = "PT10S")
    String timeout;
    @Inject
    @ConfigProperty(name = "webhooks.retry-initial", defaultValue = "PT10S")
    String retryInitial;
    @Inject
    @ConfigProperty(name = "webhooks.retry-for", defaultValue = "PT24H")
    String retryFor;

    public boolean allowPrivateTargets() {
        return allowPrivateTargets;
    }

    public Duration timeout() {
        return Duration.parse(timeout);
    }

    public Duration retryInitial() {
        return Duration.parse(retryInitial);
    }

    public Duration retryFor() {
        return Duration.parse(retryFor);
    }
}
