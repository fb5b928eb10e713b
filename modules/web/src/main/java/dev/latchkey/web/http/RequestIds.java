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
 * bodies repeat it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestIds implements Filter {

    public static final String HEADER = "X-Request-Id";
    public static final String ATTRIBUTE = "latchkey.request-id";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        String id = accept(((HttpServletRequest) request).getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        ((HttpServletResponse) response).setHeader(HEADER, id);
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
