package dev.latchkey.web.http;

import dev.latchkey.web.errors.ErrorDocument;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Two negotiation rules of the contract that JAX-RS alone gets wrong:
 * <ul>
 * <li>{@code Accept: application/problem+json} asks for the error format, not for another
 * representation: the request is negotiated as if it also accepted {@code application/json},
 * so that its errors come as RFC 9457 and its successes as usual, instead of a 406. The error
 * writer still reads the original header.</li>
 * <li>A request without a body is a missing body (400 INVALID_REQUEST), not an unsupported
 * media type (415): there is no entity whose type could be unsupported.</li>
 * </ul>
 */
@Provider
@PreMatching
public class Negotiation implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (ErrorDocument.wantsProblem(accept) && !accept.contains(MediaType.APPLICATION_JSON)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", " + MediaType.APPLICATION_JSON + ";q=0.9");
        }
        boolean noBody = request.getLength() <= 0 && request.getHeaderString("Transfer-Encoding") == null;
        if (noBody) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
