package dev.latchkey.web.http;

import dev.latchkey.kernel.error.InvalidRequest;
import dev.latchkey.kernel.error.PayloadTooLarge;
import dev.latchkey.kernel.error.LatchkeyException;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * Rejects bodies over {@code http.max-body-bytes} (64 KiB by default) with 413
 * PAYLOAD_TOO_LARGE: at once when Content-Length says so, otherwise as soon as the stream
 * passes the limit, so a chunked body cannot slip through. A body still arriving after
 * {@code http.body-timeout} (10 s) is cut off with 400 INVALID_REQUEST, so a client trickling
 * bytes cannot hold a worker thread (the listener's read timeout bounds a body that stops).
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "http.max-body-bytes", defaultValue = "65536")
    long maxBytes;
    @Inject
    @ConfigProperty(name = "http.body-timeout", defaultValue = "PT10S")
    Duration timeout;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        request.setEntityStream(new Limited(request.getEntityStream(), maxBytes, timeout));
    }

    static LatchkeyException tooLarge(long maxBytes) {
        return new PayloadTooLarge(maxBytes);
    }

    static LatchkeyException tooSlow(Duration timeout) {
        return new InvalidRequest("body", "was not received within " + timeout.toSeconds() + " seconds");
    }

    static final class Limited extends FilterInputStream {
        private final long max;
        private final long deadline;
        private final Duration timeout;
        private long read;

        Limited(InputStream in, long max, Duration timeout) {
            super(in);
            this.max = max;
            this.deadline = System.nanoTime() + timeout.toNanos();
            this.timeout = timeout;
        }

        @Override
        public int read() throws IOException {
            int b;
            try {
                b = super.read();
            } catch (IOException e) {
                throw stalled(e);
            }
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n;
            try {
                n = super.read(buffer, offset, length);
            } catch (IOException e) {
                throw stalled(e);
            }
            count(Math.max(n, 0));
            return n;
        }

        /** The listener's read timeout (Grizzly wraps a TimeoutException) means the body stopped coming. */
        private IOException stalled(IOException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof java.util.concurrent.TimeoutException || cause instanceof java.io.InterruptedIOException) {
                    throw tooSlow(timeout);
                }
            }
            return e;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw tooLarge(max);
            }
            if (n > 0 && System.nanoTime() - deadline > 0) {
                throw tooSlow(timeout);
            }
        }
    }
}
