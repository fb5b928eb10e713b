package dev.latchkey.web.it;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A node of its own, under load, gets SIGTERM: it reports not ready at once, keeps answering while a
 * balancer would notice, finishes what is in flight, and exits within the bound. The load stops
 * sending when readiness says DOWN, as a balancer would; every request it sent got its answer.
 */
class GracefulStopIT {

    static final Path TARGET = Scripts.PROJECT.resolve("modules/web/target");

    @Test
    void termTurnsReadinessDownFinishesWhatIsInFlightAndExits() throws Exception {
        int port = LatchkeyRunIT.freePort();
        String base = "http://127.0.0.1:" + port;
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx384m", "-XX:+UseSerialGC", "-jar", TARGET.resolve("payara-micro.jar").toString(),
                "--deploy", TARGET.resolve("latchkey.war").toString(), "--contextroot", "/", "--port", String.valueOf(port),
                "--nohazelcast", "--nohostaware",
                "--prebootcommandfile", Scripts.PROJECT.resolve("modules/web/src/main/payara/pre-boot-commands.asadmin").toString())
                .redirectErrorStream(true).redirectOutput(TARGET.resolve("graceful-stop-node.log").toFile());
        builder.environment().put("SHUTDOWN_DRAIN_DELAY", "PT2S");
        builder.environment().put("SHUTDOWN_TIMEOUT", "PT20S");
        builder.environment().put("RATE_LIMIT_AUTH_LIMIT", "1000000");
        builder.environment().put("RATE_LIMIT_GLOBAL_LIMIT", "1000000");
        Process node = builder.start();
        try {
            awaitReady(base, node);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
            AtomicBoolean balancerSendsHere = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Integer> answered = new ConcurrentLinkedQueue<>();
            List<Thread> load = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Thread thread = new Thread(() -> {
                    while (balancerSendsHere.get()) {
                        // a wrong password: a full Argon2id hash on the node, tens of milliseconds in flight
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/auth/login")).timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"login\":\"nobody-" + java.util.UUID.randomUUID()
                                        + "@example.com\",\"password\":\"wrong password\"}")).build();
                        try {
                            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                            answered.add(status);
                            if (status != 401) {
                                failures.add("status " + status);
                            }
                        } catch (IOException | InterruptedException e) {
                            failures.add(e.toString());
                        }
                    }
                });
                thread.start();
                load.add(thread);
            }
            Thread.sleep(1_500);
            long termAt = System.nanoTime();
            node.destroy(); // SIGTERM
            long downAfter = -1;
            while (System.nanoTime() - termAt < TimeUnit.SECONDS.toNanos(5)) {
                int ready = RestAssured.given().baseUri(base).get("/health/ready").statusCode();
                if (ready == 503) {
                    downAfter = (System.nanoTime() - termAt) / 1_000_000;
                    break;
                }
                Thread.sleep(50);
            }
            balancerSendsHere.set(false);
            for (Thread thread : load) {
                thread.join(30_000);
            }
            assertTrue(downAfter >= 0 && downAfter < 1_000, "readiness DOWN within a second of TERM, was " + downAfter + " ms");
            assertTrue(node.waitFor(30, TimeUnit.SECONDS), "exited within the bound");
            long exitedAfter = (System.nanoTime() - termAt) / 1_000_000;
            assertTrue(exitedAfter >= 2_000, "kept serving for the drain delay, exited after " + exitedAfter + " ms");
            assertTrue(answered.size() > 8, "the load ran: " + answered.size());
            assertEquals(List.of(), List.copyOf(failures), "every request sent before readiness went DOWN was answered");
        } finally {
            node.destroyForcibly();
        }
    }

    private static void awaitReady(String base, Process node) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 240_000;
        while (System.currentTimeMillis() < deadline && node.isAlive()) {
            try {
                if (RestAssured.given().baseUri(base).get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception e) { // RestAssured rethrows ConnectException unchecked
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the node did not become ready (log: " + TARGET.resolve("graceful-stop-node.log") + ")");
    }
}
