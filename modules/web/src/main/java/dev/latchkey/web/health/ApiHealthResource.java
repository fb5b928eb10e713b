package dev.latchkey.web.health;

import dev.latchkey.platform.persistence.Database;
import dev.latchkey.web.openapi.ApiErrors;
import dev.latchkey.web.openapi.Success;
import dev.latchkey.web.ratelimit.Unlimited;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** The seed's health shape, outside the success envelope: {@code {"status":"healthy","checks":{"database":"up"}}}. */
@Path("health")
@Unlimited
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class ApiHealthResource {

    @Inject
    Database database;

    @GET
    @Operation(operationId = "getHealth", summary = "Service health", description = "200 and healthy while the database answers; 503 and unhealthy otherwise. "
            + "Not wrapped in the success envelope.")
    @Success(description = "Healthy", data = ApiHealthResource.HealthBody.class, bare = true)
    @ApiErrors({})
    public Response health() {
        boolean up = database.isUp();
        return Response.status(up ? 200 : 503).header("Retry-After", up ? null : "5").entity(new HealthBody(up ? "healthy" : "unhealthy",
                Map.of("database", up ? "up" : "down"))).build();
    }

    public record HealthBody(String status, Map<String, String> checks) {
    }
}
