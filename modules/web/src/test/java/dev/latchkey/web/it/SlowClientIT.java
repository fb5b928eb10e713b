package dev.latchkey.web.it;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Clients that trickle or stall a body are cut off (http.body-timeout 10 s, the listener's 10 s read timeout). */
class SlowClientIT {

    record Outcome(long millis, String answer) {
    }

    /** Sends the head of a POST promising 200 bytes, then one byte every {@code pauseMillis}, until the server answers or closes. */
    static Outcome trickle(long pauseMillis) throws Exception {
        URI uri = URI.create(Api.URL);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(200);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/accounts HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 200\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.currentTimeMillis();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            long nextByte = start;
            while (System.currentTimeMillis() - start < 60_000) {
                if (System.currentTimeMillis() >= nextByte) {
                    try {
                        out.write(' ');
                        out.flush();
                    } catch (java.io.IOException closed) {
                        return new Outcome(System.currentTimeMillis() - start, "");
                    }
                    nextByte += pauseMillis;
                }
                try {
                    int n = in.read(buffer);
                    return new Outcome(System.currentTimeMillis() - start, n < 0 ? "" : new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                } catch (SocketTimeoutException nothingYet) {
                    // keep trickling
                }
            }
            fail("the server still waited for the body after 60 s");
            return null;
        }
    }

    @Test
    void aTricklingBodyIsCutOffWithAnInvalidRequest() throws Exception {
        Outcome outcome = trickle(2_000);
        assertTrue(outcome.millis() < 25_000, "cut off after " + outcome.millis() + " ms");
        assertTrue(outcome.answer().startsWith("HTTP/1.1 400"), outcome.answer());
        assertTrue(outcome.answer().contains("\"INVALID_REQUEST\"") && outcome.answer().contains("was not received within"), outcome.answer());
    }

    @Test
    void aStalledBodyIsCutOffToo() throws Exception {
        Outcome outcome = trickle(40_000);
        assertTrue(outcome.millis() < 25_000, "cut off after " + outcome.millis() + " ms");
        assertTrue(outcome.answer().isEmpty() || outcome.answer().startsWith("HTTP/1.1 400"), outcome.answer());
    }

    /** Clustering is off: nothing but the HTTP listener is open (Payara's Hazelcast would listen on 5900/6900 and up). */
    @Test
    void noDataGridListens() throws Exception {
        for (int base : List.of(5900, 6900)) {
            for (int port = base; port < base + 10; port++) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                    fail("something listens on port " + port);
                } catch (ConnectException | SocketTimeoutException refused) {
                    // nothing there
                }
            }
        }
    }
}
