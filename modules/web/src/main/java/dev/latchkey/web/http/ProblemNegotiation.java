package dev.latchkey.web.http;

import dev.latchkey.web.errors.ErrorDocument;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * {@code Accept: application/problem+json} asks for the error format, not for a different
 * resource representation: such a request is negotiated as if it also accepted
 * {@code application/json}, so that its errors come as RFC 9457 and its successes as usual
 * instead of every call failing with 406. The error writer still reads the original header.
 */
@Provider
@PreMatching
public class ProblemNegotiation implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (ErrorDocument.wantsProblem(accept) && !accept.contains(MediaType.APPLICATION_JSON)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", " + MediaType.APPLICATION_JSON + ";q=0.9");
        }
    }
}
