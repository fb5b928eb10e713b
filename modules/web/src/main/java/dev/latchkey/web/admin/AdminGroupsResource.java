package dev.latchkey.web.admin;

import dev.latchkey.accounts.groups.boundary.GroupView;
import dev.latchkey.accounts.groups.boundary.Groups;
import dev.latchkey.web.auth.Area;
import dev.latchkey.web.auth.Authenticated;
import dev.latchkey.web.auth.RequiresPermission;
import dev.latchkey.web.envelope.Envelope;
import dev.latchkey.web.http.DuringMaintenance;
import dev.latchkey.web.http.Ids;
import dev.latchkey.web.json.Bodies;
import dev.latchkey.web.openapi.ApiErrors;
import dev.latchkey.web.openapi.Success;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static dev.latchkey.kernel.error.ErrorCode.*;

/** Groups of accounts (for {@code accounts.group-required}). */
@Path("admin/groups")
@Area("admin")
@Authenticated
@RequiresPermission("admin")
@DuringMaintenance
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class AdminGroupsResource {

    @Inject
    Groups groups;

    @POST
    @Operation(operationId = "createGroup", summary = "Create a group", description = "Names are unique (case aside) among live groups.")
    @Success(status = 201, description = "The group", data = GroupResponse.class, headers = Success.Header.LOCATION)
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR, DUPLICATE_ENTRY, ACCESS_DENIED, INSUFFICIENT_SCOPE})
    public Response create(AdminRequests.Group body, @Context UriInfo uri) {
        GroupView group = groups.create(Bodies.required(body).name());
        return Response.created(uri.getAbsolutePathBuilder().path(group.id().toString()).build())
                .entity(Envelope.created(GroupResponse.of(group))).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteGroup", summary = "Delete a group",
            description = "Its members keep it: with accounts.group-required their sign-in answers GROUP_DELETED until they are "
                    + "moved to another group. An unknown or deleted group is RESOURCE_NOT_FOUND.")
    @Success(status = 204, description = "Deleted")
    @ApiErrors({INVALID_REQUEST, RESOURCE_NOT_FOUND, ACCESS_DENIED, INSUFFICIENT_SCOPE})
    public Response delete(@PathParam("id") String id) {
        groups.delete(Ids.uuid("id", id));
        return Response.noContent().build();
    }
}
