package dev.latchkey.web.errors;

import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.web.http.RequestIds;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;

/**
 * The servlet container's error page (web.xml): errors raised outside JAX-RS, such as unknown
 * paths outside {@code /api} or a failure in a filter, get the same envelope as the API's.
 */
@WebServlet(urlPatterns = "/error")
public class ErrorPage extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int code = status instanceof Integer s ? s : 404;
        String path = uri == null ? request.getRequestURI() : uri.toString();
        ApiError error = translate(code, path, response.getHeader("Allow"));
        if (failure != null) {
            error = UnexpectedErrorMapper.describe(failure, path);
        } else if (code >= 500) {
            error = UnexpectedErrorMapper.describe(new IllegalStateException("status " + code + " without an exception"), path);
        }
        write(error, path, request, response);
    }

    /** Answers an error outside JAX-RS with the one envelope (or RFC 9457), as the API's mappers would. */
    public static void write(ApiError error, String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorDocument.Rendered rendered = ErrorDocument.render(error, RequestIds.of(request), path,
                request.getHeader("Accept"), Clock.systemUTC());
        response.setStatus(rendered.status());
        response.setContentType(rendered.contentType());
        response.setCharacterEncoding("UTF-8");
        rendered.headers().forEach(response::setHeader);
        response.setHeader(RequestIds.HEADER, RequestIds.of(request));
        response.getOutputStream().write(rendered.body());
    }

    static ApiError translate(int status, String path, String allow) {
        return switch (status) {
            case 405 -> WebApplicationExceptionMapper.notAllowed(allow);
            case 413 -> ApiError.of(ErrorCode.PAYLOAD_TOO_LARGE);
            default -> WebApplicationExceptionMapper.translate(jakarta.ws.rs.core.Response.status(status).build(), path);
        };
    }
}
