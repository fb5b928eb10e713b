package dev.latchkey.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready from the moment the node is told to stop: a balancer sends it nothing new. */
@Readiness
@ApplicationScoped
public class DrainingReadiness implements HealthCheck {

    @Inject
    GracefulStop stop;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("accepting-requests").status(!stop.draining()).build();
    }
}
