package dev.latchkey.web.admin;

import dev.latchkey.platform.maintenance.Maintenance;
import dev.latchkey.web.auth.Area;
import dev.latchkey.web.auth.Authenticated;
import dev.latchkey.web.auth.RequiresPermission;
import dev.latchkey.web.envelope.Envelope;
import dev.latchkey.web.http.DuringMaintenance;
import dev.latchkey.web.json.Bodies;
import dev.latchkey.web.openapi.ApiErrors;
import dev.latchkey.web.openapi.Success;
import dev.latchkey.kernel.error.ValidationFailed;
import dev.latchkey.kernel.error.Violation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;

import static dev.latchkey.kernel.error.ErrorCode.*;

/** Maintenance mode: while on, writes but sign-in and administration answer SERVICE_MAINTENANCE; reads work. */
@Path("admin/maintenance")
@Area("admin")
@Authenticated
@RequiresPermission("admin")
@DuringMaintenance
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class MaintenanceResource {

    @Inject
    Maintenance maintenance;

    @GET
    @Operation(operationId = "getMaintenance", summary = "Whether maintenance mode is on",
            description = "As PUT left it, on every node: the state lives in the database.")
    @Success(description = "The current state", data = MaintenanceResponse.class)
    @ApiErrors({ACCESS_DENIED, INSUFFICIENT_SCOPE})
    public Response get() {
        return Response.ok(Envelope.success(MaintenanceResponse.of(maintenance.current()))).build();
    }

    @PUT
    @Operation(operationId = "setMaintenance", summary = "Turn maintenance mode on or off",
            description = "While on, every write except sign-in (login, refresh, 2FA verify, logout) and the admin routes answers "
                    + "503 SERVICE_MAINTENANCE with maintenance_type, estimated_end and Retry-After (until estimatedEnd, else "
                    + "60 s); reads keep working. The state is kept in the database: every node sees it at once and it survives "
                    + "restarts.")
    @Success(description = "The new state", data = MaintenanceResponse.class)
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR, ACCESS_DENIED, INSUFFICIENT_SCOPE})
    public Response set(AdminRequests.Maintenance body) {
        if (Bodies.required(body).enabled() == null) {
            throw new ValidationFailed(Violation.required("enabled"));
        }
        return Response.ok(Envelope.success(MaintenanceResponse.of(
                maintenance.set(body.enabled(), Optional.ofNullable(body.estimatedEnd()))))).build();
    }
}
