import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.math.BigInteger;
import java.security.interfaces.ECPrivateKey;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.util.BigIntegers;
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
 * one device for WARMUP + SECONDS; pairs per second and latency percentiles of the last SECONDS
 * are printed (the warm-up lets both JITs settle, this client's included). Signatures are r||s
 * (64 bytes). Run by bench/devices.sh:
 * java -cp bcprov.jar bench/DeviceProofLoad.java URL ACCESS_TOKEN SECONDS CONNECTIONS [WARMUP]
 */
public class DeviceProofLoad {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String access = args[1];
        int seconds = Integer.parseInt(args[2]);
        int connections = Integer.parseInt(args[3]);
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        // HTTP/1.1: the JDK client would otherwise upgrade to h2c and multiplex every thread over
        // one connection, which measures Grizzly's HTTP/2 session lock instead of the service.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair key = generator.generateKeyPair();
        String body = "{\"name\":\"bench\",\"publicKey\":\"" + Base64.getEncoder().encodeToString(key.getPublic().getEncoded()) + "\"}";
        String created = http.send(HttpRequest.newBuilder(URI.create(url + "/api/devices")).header("Authorization", "Bearer " + access)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String device = field(created, "id");
        ECPrivateKeyParameters signingKey = bouncyCastleKey((ECPrivateKey) key.getPrivate());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failures = new AtomicLong();
        long counted = System.nanoTime() + warmup * 1_000_000_000L;
        long[] ends = {counted + seconds * 1_000_000_000L};
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread thread = new Thread(() -> {
                Connection connection = new Connection(URI.create(url));
                while (System.nanoTime() < ends[0]) {
                    long start = System.nanoTime();
                    try {
                        String nonce = field(connection.post("/api/devices/" + device + "/challenge", "{}"), "nonce");
                        long now = System.currentTimeMillis();
                        String signature = sign(signingKey, device + "." + nonce + "." + now);
                        String verified = connection.post("/api/devices/" + device + "/verify",
                                "{\"nonce\":\"" + nonce + "\",\"timestamp\":" + now + ",\"signature\":\"" + signature + "\"}");
                        if (!verified.contains("\"verified\":true") && failures.incrementAndGet() == 1) {
                            System.err.println("first failure: " + verified);
                        }
                        if (start >= counted) {
                            latencies.add(System.nanoTime() - start);
                        }
                    } catch (Exception e) {
                        connection.reset();
                        if (start >= counted && failures.incrementAndGet() == 1) {
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

    /** The client signs with Bouncy Castle too (the JDK's signer costs ~2 ms of the shared CPU). */
    static ECPrivateKeyParameters bouncyCastleKey(ECPrivateKey key) {
        X9ECParameters curve = CustomNamedCurves.getByName("secp256r1");
        return new ECPrivateKeyParameters(key.getS(),
                new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH()));
    }

    static String sign(ECPrivateKeyParameters key, String message) throws Exception {
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, key);
        SHA256Digest digest = new SHA256Digest();
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        byte[] hash = new byte[32];
        digest.update(bytes, 0, bytes.length);
        digest.doFinal(hash, 0);
        BigInteger[] rs = signer.generateSignature(hash);
        byte[] raw = new byte[64];
        byte[] r = BigIntegers.asUnsignedByteArray(32, rs[0]);
        byte[] s = BigIntegers.asUnsignedByteArray(32, rs[1]);
        System.arraycopy(r, 0, raw, 0, 32);
        System.arraycopy(s, 0, raw, 32, 32);
        return Base64.getEncoder().encodeToString(raw);
    }

    /**
     * One keep-alive HTTP/1.1 connection, as plain as wrk's: the JDK's HttpClient took a third of a
     * core of the two at this rate, which the service then lacked. Reconnects when the server closes.
     */
    static final class Connection {
        private final URI base;
        private java.net.Socket socket;
        private java.io.BufferedInputStream in;
        private java.io.OutputStream out;

        Connection(URI base) {
            this.base = base;
        }

        String post(String path, String json) throws java.io.IOException {
            if (socket == null) {
                socket = new java.net.Socket(base.getHost(), base.getPort());
                socket.setTcpNoDelay(true);
                in = new java.io.BufferedInputStream(socket.getInputStream(), 8192);
                out = socket.getOutputStream();
            }
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            int length = -1;
            boolean close = false;
            for (String line = readLine(); !line.isEmpty(); line = readLine()) {
                String lower = line.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            if (length < 0) {
                throw new java.io.IOException("no Content-Length");
            }
            String answer = new String(in.readNBytes(length), StandardCharsets.UTF_8);
            if (close) {
                socket.close();
                socket = null;
            }
            return answer;
        }

        void reset() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (java.io.IOException ignored) {
                // gone already
            }
            socket = null;
        }

        private String readLine() throws java.io.IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new java.io.IOException("closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
