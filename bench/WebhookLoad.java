import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Webhook figures against a running service (bench/webhooks.sh starts it):
 *  1. the latency of an event-causing request (POST /api/devices: device.registered) with 0 and with 3
 *     subscriptions, in alternating rounds, medians and p90 (each device is revoked right after, untimed);
 *  2. deliveries per second from the node to a local consumer: N events queued at once in the
 *     delivery table (as the causing transactions would), timed from the first to the last accepted.
 * Usage: java -cp <postgresql.jar> bench/WebhookLoad.java <url> <db-url> <rounds> <requests per round> <events>
 */
public class WebhookLoad {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static String url;

    public static void main(String[] args) throws Exception {
        url = args[0];
        String dbUrl = args[1];
        int rounds = Integer.parseInt(args[2]);
        int perRound = Integer.parseInt(args[3]);
        int events = Integer.parseInt(args[4]);
        AtomicLong received = new AtomicLong();
        AtomicLong firstAt = new AtomicLong();
        AtomicLong lastAt = new AtomicLong();
        HttpServer consumer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        consumer.setExecutor(Executors.newFixedThreadPool(4));
        consumer.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            long now = System.nanoTime();
            firstAt.compareAndSet(0, now);
            lastAt.set(now);
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        consumer.start();
        String hook = "http://127.0.0.1:" + consumer.getAddress().getPort() + "/hook";
        String admin = token("admin", System.getenv().getOrDefault("ADMIN_PASSWORD", "benchmark admin password"));

        List<Long> none = new ArrayList<>();
        List<Long> three = new ArrayList<>();
        int warmUp = 4; // rounds not counted (two of each), while the JIT compiles the paths
        for (int round = 0; round < rounds * 2 + warmUp; round++) {
            boolean subscribed = round % 2 == 1;
            List<String> ids = new ArrayList<>();
            if (subscribed) {
                for (int i = 0; i < 3; i++) {
                    ids.add(field(post("/api/admin/webhooks", admin, "{\"url\":\"" + hook + "\",\"events\":[\"device.registered\"]}"), "id"));
                }
            }
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < perRound; i++) {
                long start = System.nanoTime();
                String answer = post("/api/devices", admin, "{\"name\":\"bench\",\"publicKey\":\"" + newKey() + "\"}");
                times.add(System.nanoTime() - start);
                if (!answer.contains("\"created\"")) {
                    throw new IllegalStateException("registration failed: " + answer);
                }
                // revoked at once (untimed): the account's active devices, which a registration reads, stay few
                send("DELETE", "/api/devices/" + field(answer, "id"), admin, null);
            }
            for (String id : ids) {
                send("DELETE", "/api/admin/webhooks/" + id, admin, null);
            }
            if (round >= warmUp) {
                (subscribed ? three : none).addAll(times);
            }
            System.out.printf("round %d (%d subscriptions)%s: median %.2f ms%n", round + 1, subscribed ? 3 : 0,
                    round < warmUp ? ", warm-up" : "", percentile(times, 50));
        }
        System.out.printf("event-causing request (POST /api/devices), %d requests each: 0 subscriptions median %.2f ms p90 %.2f ms; "
                        + "3 subscriptions median %.2f ms p90 %.2f ms; added %.2f ms at the median%n",
                none.size(), percentile(none, 50), percentile(none, 90), percentile(three, 50), percentile(three, 90),
                percentile(three, 50) - percentile(none, 50));

        String subscription = field(post("/api/admin/webhooks", admin, "{\"url\":\"" + hook + "\",\"events\":[\"account.created\"]}"), "id");
        Thread.sleep(2_000);
        received.set(0);
        firstAt.set(0);
        String payload = "{\"id\":\"%s\",\"type\":\"account.created\",\"occurredAt\":\"2026-11-30T12:00:00Z\",\"data\":{\"accountId\":\"%s\"}}";
        try (Connection db = DriverManager.getConnection(dbUrl, "latchkey", "latchkey")) {
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("insert into webhook_delivery (subscription_id, event_id, event_type, payload, "
                    + "created_at, next_attempt_at) values (?::uuid, ?::uuid, 'account.created', ?, now(), now())")) {
                for (int i = 0; i < events; i++) {
                    UUID event = UUID.randomUUID();
                    insert.setString(1, subscription);
                    insert.setString(2, event.toString());
                    insert.setString(3, String.format(payload, event, UUID.randomUUID()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            db.commit();
        }
        long deadline = System.currentTimeMillis() + 600_000;
        while (received.get() < events && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        double seconds = (lastAt.get() - firstAt.get()) / 1e9;
        System.out.printf("deliveries: %d of %d in %.2f s from the first to the last: %.0f per second (one subscription, one node)%n",
                received.get(), events, seconds, received.get() / seconds);
        send("DELETE", "/api/admin/webhooks/" + subscription, admin, null);
        consumer.stop(0);
        System.exit(0);
    }

    static String newKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
    }

    static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }

    static String token(String login, String password) throws Exception {
        return field(send("POST", "/api/auth/login", null, "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}"), "accessToken");
    }

    static String post(String path, String token, String body) throws Exception {
        return send("POST", path, token, body);
    }

    static String send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
