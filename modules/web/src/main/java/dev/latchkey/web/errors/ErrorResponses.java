package dev.latchkey.web.errors;

import dev.latchkey.web.http.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;

import java.time.Clock;

/** Turns an {@link ApiError} into a JAX-RS response for the request being served. */
public final class ErrorResponses {

    /** The request attribute that names the error code answered (for metrics). */
    public static final String ERROR_CODE = "latchkey.error-code";
    /** The request attribute that names the rate limit that refused the request (for metrics). */
    public static final String RATE_LIMIT = "latchkey.rate-limit";
    private static final Clock CLOCK = Clock.systemUTC();

    private ErrorResponses() {
    }

    public static Response of(ApiError error, HttpServletRequest request) {
        String accept = request == null ? null : request.getHeader("Accept");
        String instance = request == null ? null : request.getRequestURI();
        ErrorDocument.Rendered rendered = ErrorDocument.render(error, RequestIds.of(request), instance, accept, CLOCK);
        if (request != null) {
            request.setAttribute(ERROR_CODE, error.code().name());
        }
        Response.ResponseBuilder builder = Response.status(rendered.status(), reason(rendered.status()))
                .type(rendered.contentType())
                .entity(rendered.body());
        rendered.headers().forEach(builder::header);
        return builder.build();
    }

    /** Reason phrases the HTTP server does not know by itself. */
    static String reason(int status) {
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 423 -> "Locked";
            case 429 -> "Too Many Requests";
            default -> Response.Status.fromStatusCode(status) != null ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        };
    }
}
