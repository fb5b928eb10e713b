package dev.latchkey.web.it;

import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server on the port the test nodes send texts to (latchkey.it.sms.port): it keeps
 * what it is sent and answers as the test asks: accepting, failing with 500, or too slowly; stopped,
 * it refuses connections like a gateway that is down.
 */
final class FakeSmsGateway {

    enum Mode { ACCEPT, FAIL, SLOW }

    record Text(String to, String message, String authorization, String messageId) {
        String code() {
            Matcher m = Pattern.compile("(\\d{6})").matcher(message);
            if (!m.find()) {
                throw new AssertionError("no code in text: " + message);
            }
            return m.group(1);
        }
    }

    static final int PORT = Integer.getInteger("latchkey.it.sms.port", 3026);
    static final String TOKEN = System.getProperty("latchkey.it.sms.token", "gateway-token-1");
    private static HttpServer server;
    private static volatile Mode mode = Mode.ACCEPT;
    private static final List<Text> TEXTS = new ArrayList<>();

    private FakeSmsGateway() {
    }

    static synchronized void start() throws IOException {
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 50);
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.createContext("/messages", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Mode now = mode;
                if (now == Mode.SLOW) {
                    sleep(Duration.ofSeconds(4));
                }
                String id = "msg-" + UUID.randomUUID();
                int status = now == Mode.FAIL ? 500 : 200;
                if (status == 200) {
                    JsonPath json = JsonPath.from(body);
                    synchronized (TEXTS) {
                        TEXTS.add(new Text(json.getString("to"), json.getString("message"), exchange.getRequestHeaders().getFirst("Authorization"), id));
                    }
                }
                byte[] answer = (status == 200 ? "{\"messageId\":\"" + id + "\"}" : "{\"error\":\"down for maintenance\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                try {
                    exchange.sendResponseHeaders(status, answer.length);
                    exchange.getResponseBody().write(answer);
                } catch (IOException e) {
                    // the caller gave up (timeout)
                }
                exchange.close();
            });
            server.start();
        }
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    static void mode(Mode next) throws IOException {
        start();
        mode = next;
    }

    static List<Text> texts(String to) {
        synchronized (TEXTS) {
            return TEXTS.stream().filter(t -> t.to().equals(to)).toList();
        }
    }

    static int count(String to) {
        synchronized (TEXTS) {
            return (int) TEXTS.stream().filter(t -> t.to().equals(to)).count();
        }
    }

    /** The newest text to the number after {@code seen} earlier ones, waiting a little for it. */
    static Text next(String to, int seen) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            synchronized (TEXTS) {
                List<Text> mine = TEXTS.stream().filter(t -> t.to().equals(to)).toList();
                if (mine.size() > seen) {
                    return mine.get(mine.size() - 1);
                }
            }
            sleep(Duration.ofMillis(50));
        }
        throw new AssertionError("no new text to " + to);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
