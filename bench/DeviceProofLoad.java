import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load for the device proof: CONNECTIONS clients each loop challenge → sign → verify against
 * one device for SECONDS and the pairs per second and latency percentiles are printed.
 * Run by bench/devices.sh: java bench/DeviceProofLoad.java URL ACCESS_TOKEN SECONDS CONNECTIONS
 */
public class DeviceProofLoad {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String access = args[1];
        int seconds = Integer.parseInt(args[2]);
        int connections = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newHttpClient();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair key = generator.generateKeyPair();
        String body = "{\"name\":\"bench\",\"publicKey\":\"" + Base64.getEncoder().encodeToString(key.getPublic().getEncoded()) + "\"}";
        String created = http.send(HttpRequest.newBuilder(URI.create(url + "/api/devices")).header("Authorization", "Bearer " + access)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String device = field(created, "id");
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failures = new AtomicLong();
        long[] ends = {System.nanoTime() + seconds * 1_000_000_000L};
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < ends[0]) {
                    long start = System.nanoTime();
                    try {
                        String nonce = field(post(http, url + "/api/devices/" + device + "/challenge", "{}"), "nonce");
                        long now = System.currentTimeMillis();
                        Signature signer = Signature.getInstance("SHA256withECDSA");
                        signer.initSign(key.getPrivate());
                        signer.update((device + "." + nonce + "." + now).getBytes(StandardCharsets.UTF_8));
                        String signature = Base64.getEncoder().encodeToString(signer.sign());
                        String verified = post(http, url + "/api/devices/" + device + "/verify",
                                "{\"nonce\":\"" + nonce + "\",\"timestamp\":" + now + ",\"signature\":\"" + signature + "\"}");
                        if (!verified.contains("\"verified\":true") && failures.incrementAndGet() == 1) {
                            System.err.println("first failure: " + verified);
                        }
                        latencies.add(System.nanoTime() - start);
                    } catch (Exception e) {
                        if (failures.incrementAndGet() == 1) {
                            System.err.println("first failure: " + e);
                        }
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("challenge+verify pairs, %d connections: %.1f pairs/s, p50 %.1f ms, p99 %.1f ms, failures %d%n",
                connections, sorted.size() / (double) seconds, sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) (sorted.size() * 0.99)) / 1e6, failures.get());
    }

    static String post(HttpClient http, String url, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
