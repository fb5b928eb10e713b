package dev.latchkey.web.http;

import dev.latchkey.kernel.error.PreconditionFailed;
import dev.latchkey.kernel.version.ExpectedVersion;
import dev.latchkey.kernel.version.VersionTag;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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

    /**
     * An If-Match header as the façades take it: {@code *} is any version, otherwise the strong tags
     * it lists (weak ones never match a change); no header, no expectation.
     */
    public static Optional<ExpectedVersion> ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        if (header.strip().equals("*")) {
            return Optional.of(ExpectedVersion.anyVersion());
        }
        Set<String> tags = Arrays.stream(header.split(",")).map(String::strip)
                .filter(tag -> tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\""))
                .map(tag -> tag.substring(1, tag.length() - 1)).collect(Collectors.toSet());
        return Optional.of(ExpectedVersion.oneOf(tags));
    }
}
