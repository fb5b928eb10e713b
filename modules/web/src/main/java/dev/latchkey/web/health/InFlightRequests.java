package dev.latchkey.web.health;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;

import java.io.IOException;

/** Counts the API requests under way, so that a stopping node can wait for them ({@link GracefulStop}). */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class InFlightRequests implements Filter {

    @Inject
    GracefulStop stop;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        stop.started();
        try {
            chain.doFilter(request, response);
        } finally {
            stop.finished();
        }
    }
}
