package dev.latchkey.web.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is well formed
 * ({@code [A-Za-z0-9._-]{1,128}}), otherwise a new one. Every response carries it; error
 * bodies repeat it. Every response also says {@code X-Content-Type-Options: nosniff}, and the
 * explorer's pages carry a Content-Security-Policy that allows only their own scripts.
 */
@WebFilter(filterName = "requestIds", urlPatterns = "/*", asyncSupported = true)
public class RequestIds implements Filter {

    public static final String HEADER = "X-Request-Id";
    public static final String ATTRIBUTE = "latchkey.request-id";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,128}");
    static final String DOCS_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse answer = (HttpServletResponse) response;
        String id = accept(http.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        answer.setHeader(HEADER, id);
        answer.setHeader("X-Content-Type-Options", "nosniff");
        if (http.getRequestURI().startsWith("/docs")) {
            answer.setHeader("Content-Security-Policy", DOCS_POLICY);
        }
        chain.doFilter(request, response);
    }

    static String accept(String offered) {
        return offered != null && VALID.matcher(offered).matches() ? offered : "req-" + UUID.randomUUID();
    }

    /** The id of the request being served; a fresh one if the filter did not run. */
    public static String of(HttpServletRequest request) {
        Object id = request == null ? null : request.getAttribute(ATTRIBUTE);
        return id != null ? id.toString() : "req-" + UUID.randomUUID();
    }
}
