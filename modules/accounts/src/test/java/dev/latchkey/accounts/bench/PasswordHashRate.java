package dev.latchkey.accounts.bench;

import dev.latchkey.accounts.password.control.PasswordHasher;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bare rate of the password hash (Argon2id verify, as a sign-in does), on 1 thread and on
 * as many threads as there are cores: the ceiling the sign-in benchmark is compared with.
 * Run by {@code bench/login.sh}; prints figures, asserts nothing.
 */
public final class PasswordHashRate {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        PasswordHasher hasher = new PasswordHasher();
        String stored = hasher.hash("correct horse battery staple");
        for (int i = 0; i < 5; i++) {
            hasher.verify("correct horse battery staple", stored);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        for (int threads : new int[]{1, cores}) {
            AtomicLong done = new AtomicLong();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                pool.execute(() -> {
                    while (System.nanoTime() < end) {
                        hasher.verify("correct horse battery staple", stored);
                        done.incrementAndGet();
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(seconds + 30L, TimeUnit.SECONDS);
            System.out.printf("argon2id verify (19 MiB, t=2, p=1): %d thread(s): %.1f hashes/s, %.1f ms each%n",
                    threads, done.get() / (double) seconds, 1000.0 * seconds * threads / done.get());
        }
    }
}
