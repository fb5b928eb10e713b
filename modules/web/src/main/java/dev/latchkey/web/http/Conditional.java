package dev.latchkey.web.http;

import dev.latchkey.kernel.error.PreconditionFailed;
import dev.latchkey.kernel.version.VersionTag;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Conditional requests: a strong ETag per resource version; {@code If-None-Match} on GET
 * answers 304 with no body, a stale {@code If-Match} 412 PRECONDITION_FAILED.
 */
public final class Conditional {

    private Conditional() {
    }

    /** A strong tag that changes with every update: derived from the id and the @Version. */
    public static EntityTag etag(UUID id, long version) {
        return new EntityTag(VersionTag.of(id, version));
    }

    /** 304 when the client's copy is current, otherwise 200 with the body and its ETag. */
    public static Response get(Request request, EntityTag tag, Supplier<Object> body) {
        Response.ResponseBuilder failed = request.evaluatePreconditions(tag);
        if (failed == null) {
            return Response.ok(body.get()).tag(tag).build();
        }
        Response response = failed.tag(tag).build();
        if (response.getStatus() == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
            throw new PreconditionFailed(tag.toString());
        }
        return response;
    }

    /** Throws PRECONDITION_FAILED when an If-Match names another version. */
    public static void requireCurrent(Request request, EntityTag tag) {
        Response.ResponseBuilder failed = request.evaluatePreconditions(tag);
        if (failed != null) {
            throw new PreconditionFailed(tag.toString());
        }
    }
}
