package dev.latchkey.web.it;

import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook consumer on a real HTTP server: it checks each delivery's signature with its own
 * HMAC-SHA256 (a bad one is answered 401 and not taken), fails the first {@code failFirst} attempts
 * of every event with 503, may answer slowly, and keeps the events it accepted, in arrival order.
 */
final class WebhookConsumer implements AutoCloseable {

    record Received(String id, String type, JsonPath body, String raw) {
    }

    private final HttpServer server;
    private final Map<String, Integer> attempts = new HashMap<>();
    private final List<Received> accepted = new ArrayList<>();
    final AtomicInteger badSignatures = new AtomicInteger();
    private volatile String secret = "";

    WebhookConsumer(int failFirst, long delayMillis) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.createContext("/hook", exchange -> {
            String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("X-Webhook-Id");
            String timestamp = exchange.getRequestHeaders().getFirst("X-Webhook-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("X-Webhook-Signature");
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status;
            synchronized (this) {
                if (!("sha256=" + hmac(secret, timestamp + "." + raw)).equals(signature)) {
                    badSignatures.incrementAndGet();
                    status = 401;
                } else {
                    int attempt = attempts.merge(id, 1, Integer::sum);
                    status = attempt <= failFirst ? 503 : 200;
                    if (status == 200) {
                        JsonPath body = JsonPath.from(raw);
                        accepted.add(new Received(id, body.getString("type"), body, raw));
                    }
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void secret(String value) {
        secret = value;
    }

    synchronized List<Received> accepted() {
        return List.copyOf(accepted);
    }

    synchronized int attempts(String eventId) {
        return attempts.getOrDefault(eventId, 0);
    }

    static String hmac(String key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
