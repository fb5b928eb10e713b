package dev.latchkey.web.http;

import dev.latchkey.kernel.error.ConcurrencyConflict;
import dev.latchkey.kernel.error.InvalidRequest;
import dev.latchkey.kernel.secrets.Secrets;
import dev.latchkey.platform.idempotency.Claim;
import dev.latchkey.platform.idempotency.IdempotencyKeys;
import dev.latchkey.platform.idempotency.StoredResponse;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Idempotent POSTs (CONTRACT.md section 1). A POST with {@code Idempotency-Key} claims the
 * key for its caller; a repeat with the same body within 24 h gets the first response again
 * (status, body, Location) without running twice; a different body gets 422
 * IDEMPOTENCY_KEY_REUSED. A repeat that arrives while the first still runs waits for it, and
 * answers 409 CONCURRENCY_CONFLICT if it does not finish in time. Server errors (5xx) and
 * 429s (a limit or quota that may have room later) are not remembered, so the client can
 * retry them with the same key. Routes marked {@link NeverReplayed} check the key's form only.
 */
@Provider
@Priority(Priorities.USER)
public class Idempotency implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final String CLAIMED = "latchkey.idempotency.claimed";
    private static final String CAPTURE = "latchkey.idempotency.capture";
    private static final long WAIT_MILLIS = 10_000;
    private static final long POLL_MILLIS = 50;

    @Inject
    IdempotencyKeys keys;

    @Context
    HttpServletRequest servletRequest;
    @Context
    ResourceInfo resource;

    record Owned(String scope, String key) {
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (!"POST".equals(request.getMethod()) || key == null) {
            return;
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw new InvalidRequest(HEADER, "must be 1 to 255 visible ASCII characters");
        }
        if (resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(NeverReplayed.class)) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        String scope = scope(request);
        String hash = hash(request, body);
        Claim claim = keys.claim(scope, key, hash);
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (claim.inFlight() && System.currentTimeMillis() < deadline) {
            pause();
            claim = keys.claim(scope, key, hash);
        }
        if (claim.owned()) {
            request.setProperty(CLAIMED, new Owned(scope, key));
        } else if (claim.inFlight()) {
            throw new ConcurrencyConflict("idempotency_key", key);
        } else {
            request.abortWith(replay(claim.replay().orElseThrow()));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof Owned owned)) {
            return;
        }
        if (response.getStatus() >= 500 || response.getStatus() == 429) {
            keys.release(owned.scope(), owned.key());
        } else if (!response.hasEntity()) {
            keys.complete(owned.scope(), owned.key(), new StoredResponse(response.getStatus(), new byte[0], null, location(response)));
        } else {
            request.setProperty(CAPTURE, new Capture(owned, response.getStatus(), location(response)));
        }
    }

    record Capture(Owned owned, int status, String location) {
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(CAPTURE) instanceof Capture capture)) {
            context.proceed();
            return;
        }
        context.removeProperty(CAPTURE);
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        OutputStream original = context.getOutputStream();
        context.setOutputStream(new Tee(original, copy));
        context.proceed();
        Object type = context.getMediaType() == null ? null : context.getMediaType().toString();
        keys.complete(capture.owned().scope(), capture.owned().key(),
                new StoredResponse(capture.status(), copy.toByteArray(), (String) type, capture.location()));
    }

    private static Response replay(StoredResponse stored) {
        Response.ResponseBuilder builder = Response.status(stored.status()).header("Idempotent-Replayed", "true");
        if (stored.body().length > 0) {
            builder.entity(stored.body()).type(stored.contentType());
        }
        if (stored.location() != null) {
            builder.header(HttpHeaders.LOCATION, stored.location());
        }
        return builder.build();
    }

    /** Whose key it is: the credentials presented, or for anonymous calls the client address. */
    private String scope(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String apiKey = request.getHeaderString("X-API-Key");
        if (authorization != null) {
            return "bearer:" + Secrets.sha256Hex(authorization);
        }
        if (apiKey != null) {
            return "key:" + Secrets.sha256Hex(apiKey);
        }
        return "ip:" + (servletRequest == null ? "unknown" : servletRequest.getRemoteAddr());
    }

    private static String hash(ContainerRequestContext request, byte[] body) {
        byte[] target = (request.getMethod() + " " + request.getUriInfo().getPath() + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[target.length + body.length];
        System.arraycopy(target, 0, all, 0, target.length);
        System.arraycopy(body, 0, all, target.length, body.length);
        return Secrets.sha256Hex(all);
    }

    private static String location(ContainerResponseContext response) {
        return response.getHeaderString(HttpHeaders.LOCATION);
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Tee extends OutputStream {
        private final OutputStream out;
        private final OutputStream copy;

        Tee(OutputStream out, OutputStream copy) {
            this.out = out;
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            copy.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            copy.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
