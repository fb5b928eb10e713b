package dev.latchkey.devices.bench;

import dev.latchkey.devices.proof.control.EcKeys;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bare rate of the device-proof check (Bouncy Castle ECDSA P-256 verify, key parsing
 * included, as the service does it), on 1 thread and on every core, beside the JDK's own
 * verifier. Run by {@code bench/devices.sh}; prints figures, asserts nothing.
 */
public final class ProofVerifyRate {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        String publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
        String message = "device.nonce.1700000000000";
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(pair.getPrivate());
        signer.update(message.getBytes(StandardCharsets.UTF_8));
        byte[] der = signer.sign();
        String signature = Base64.getEncoder().encodeToString(der);
        Runnable bouncyCastle = () -> {
            if (!EcKeys.verify(EcKeys.parseP256(publicKey).orElseThrow(), message, signature)) {
                throw new IllegalStateException("did not verify");
            }
        };
        Runnable jdk = () -> {
            try {
                Signature verifier = Signature.getInstance("SHA256withECDSA");
                verifier.initVerify(pair.getPublic());
                verifier.update(message.getBytes(StandardCharsets.UTF_8));
                if (!verifier.verify(der)) {
                    throw new IllegalStateException("did not verify");
                }
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        };
        int cores = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < 2000; i++) {
            bouncyCastle.run();
            jdk.run();
        }
        report("Bouncy Castle", bouncyCastle, 1, seconds);
        report("Bouncy Castle", bouncyCastle, cores, seconds);
        report("JDK", jdk, 1, seconds);
    }

    static void report(String name, Runnable verify, int threads, int seconds) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    verify.run();
                    done.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 30L, TimeUnit.SECONDS);
        System.out.printf("%s ECDSA P-256 verify, %d thread(s): %.0f verifies/s, %.3f ms each%n",
                name, threads, done.get() / (double) seconds, 1000.0 * seconds * threads / done.get());
    }
}
