package dev.latchkey.web.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * OPTIONS on an API route answers a bodiless 204 with {@code Allow}. Jersey's own answer (with
 * WADL off) is a 200 whose text body repeats the header.
 */
@Provider
public class OptionsAnswers implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if ("OPTIONS".equals(request.getMethod()) && response.getStatus() == 200) {
            response.setStatus(204);
            response.setEntity(null);
            response.getHeaders().remove("Content-Type");
        }
    }
}
