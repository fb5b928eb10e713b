package dev.latchkey.web.errors;

import dev.latchkey.kernel.error.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** What JAX-RS itself rejects: unknown routes, wrong methods, content negotiation. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException e) {
        return ErrorResponses.of(translate(e.getResponse(), request == null ? null : request.getRequestURI()), request);
    }

    static ApiError translate(Response original, String path) {
        int status = original.getStatus();
        return switch (status) {
            case 404 -> ApiError.of(ErrorCode.RESOURCE_NOT_FOUND, Map.of("resource_type", "route", "resource_id", String.valueOf(path)));
            case 405 -> notAllowed(original.getHeaderString("Allow"));
            case 406 -> ApiError.of(ErrorCode.NOT_ACCEPTABLE);
            case 415 -> ApiError.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
            case 401 -> ApiError.of(ErrorCode.AUTHENTICATION_REQUIRED, Map.of("required", "Bearer"))
                    .withHeader("WWW-Authenticate", "Bearer");
            case 403 -> ApiError.of(ErrorCode.ACCESS_DENIED);
            case 413 -> ApiError.of(ErrorCode.PAYLOAD_TOO_LARGE);
            case 503 -> ApiError.of(ErrorCode.SERVICE_UNAVAILABLE);
            default -> status < 500
                    ? ApiError.of(ErrorCode.INVALID_REQUEST, Map.of("field", "request", "issue", "could not be processed"))
                    : ApiError.of(ErrorCode.INTERNAL_ERROR);
        };
    }

    static ApiError notAllowed(String allowHeader) {
        List<String> allowed = allowHeader == null ? List.of()
                : Arrays.stream(allowHeader.split(",")).map(String::trim).filter(m -> !m.isEmpty()).sorted().toList();
        ApiError error = ApiError.of(ErrorCode.METHOD_NOT_ALLOWED, Map.of("allowed", allowed));
        return allowed.isEmpty() ? error : error.withHeader("Allow", String.join(", ", allowed));
    }
}
