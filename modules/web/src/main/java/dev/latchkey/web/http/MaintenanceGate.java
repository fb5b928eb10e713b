package dev.latchkey.web.http;

import dev.latchkey.platform.maintenance.Maintenance;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.util.Set;

/**
 * While maintenance is on, every write answers 503 SERVICE_MAINTENANCE with {@code maintenance_type},
 * {@code estimated_end} and Retry-After, except the routes marked {@link DuringMaintenance}; reads
 * keep working. The state is read from the database on each write, so every node agrees at once.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class MaintenanceGate implements ContainerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    Maintenance maintenance;
    @Context
    ResourceInfo route;

    @Override
    public void filter(ContainerRequestContext request) {
        if (READS.contains(request.getMethod()) || route.getResourceMethod() == null
                || route.getResourceMethod().isAnnotationPresent(DuringMaintenance.class)
                || route.getResourceClass().isAnnotationPresent(DuringMaintenance.class)) {
            return;
        }
        maintenance.requireOff();
    }
}
