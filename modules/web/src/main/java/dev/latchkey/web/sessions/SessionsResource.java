package dev.latchkey.web.sessions;

import dev.latchkey.sessions.tokens.boundary.SessionPage;
import dev.latchkey.sessions.tokens.boundary.Sessions;
import dev.latchkey.web.auth.Area;
import dev.latchkey.web.auth.Authenticated;
import dev.latchkey.web.auth.CurrentPrincipal;
import dev.latchkey.web.envelope.Envelope;
import dev.latchkey.web.http.Ids;
import dev.latchkey.web.http.Paging;
import dev.latchkey.web.openapi.ApiErrors;
import dev.latchkey.web.openapi.Success;
import dev.latchkey.sessions.tokens.boundary.SessionView;
import dev.latchkey.web.http.NoStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static dev.latchkey.kernel.error.ErrorCode.*;

@Path("sessions")
@Area("sessions")
@RequestScoped
@NoStore
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
public class SessionsResource {

    @Inject
    Sessions sessions;
    @Inject
    CurrentPrincipal caller;

    @GET
    @Operation(operationId = "listSessions", summary = "Your open sessions, newest first", description = "The one making the request has current: true. Paged with ?page= and ?size=.")
    @Success(description = "A page of your open sessions", data = SessionView.class, page = true)
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR})
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        SessionPage result = sessions.list(caller.get().accountId(), caller.get().sessionId(), paging.page(), paging.size());
        return Response.ok(Envelope.page(result.items(), result.page(), result.size(), result.total())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "endSession", summary = "End one of your sessions", description = "Its access and refresh tokens stop working at once.")
    @Success(status = 204, description = "Ended")
    @ApiErrors({INVALID_REQUEST, SESSION_NOT_FOUND})
    public Response end(@PathParam("id") String id) {
        sessions.end(caller.get().accountId(), Ids.uuid("id", id));
        return Response.noContent().build();
    }
}
