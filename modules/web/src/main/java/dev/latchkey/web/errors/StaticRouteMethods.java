package dev.latchkey.web.errors;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * Methods outside {@code /api} that the container would answer its own way: TRACE (the default
 * servlet echoes the request back), OPTIONS, and writes on pages that are only read (the container
 * said 403 or 501). Where something is served they get 405 METHOD_NOT_ALLOWED with
 * {@code Allow: GET, HEAD, OPTIONS} (OPTIONS itself a bodiless 204 with it); elsewhere 404
 * RESOURCE_NOT_FOUND, whatever the method. Runs after the request id (see web.xml).
 */
@WebFilter(filterName = "staticRouteMethods", urlPatterns = "/*", asyncSupported = true)
public class StaticRouteMethods implements Filter {

    static final String ALLOW = "GET, HEAD, OPTIONS";
    private static final Set<String> READS = Set.of("GET", "HEAD");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse answer = (HttpServletResponse) response;
        String path = http.getRequestURI().substring(http.getContextPath().length());
        if (READS.contains(http.getMethod()) || path.equals("/api") || path.startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        boolean served = served(http, path);
        if (served && "OPTIONS".equals(http.getMethod())) {
            answer.setStatus(HttpServletResponse.SC_NO_CONTENT);
            answer.setHeader("Allow", ALLOW);
            return;
        }
        ApiError error = served ? WebApplicationExceptionMapper.notAllowed(ALLOW)
                : WebApplicationExceptionMapper.translate(jakarta.ws.rs.core.Response.status(404).build(), path);
        ErrorPage.write(error, path, http, answer);
    }

    private static boolean served(HttpServletRequest request, String path) throws IOException {
        if (path.isEmpty() || path.equals("/") || path.equals("/openapi") || path.equals("/health") || path.startsWith("/health/")
                || path.equals("/docs") || path.startsWith("/docs/") || path.equals("/error")) {
            return true;
        }
        return !path.endsWith("/") && request.getServletContext().getResource(path) != null;
    }
}
