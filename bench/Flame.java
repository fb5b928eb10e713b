import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A flame as text: where the CPU samples are, by the library whose code ran (the deepest frame that
 * belongs to a known one, the JDK's only when nothing else is on the stack), by method (self time).
 * Reads async-profiler's collapsed stacks ("frame;frame;... count", root first: what bench/profile.sh
 * records, native code, the collector and the JIT included) or a JFR recording (Java frames only),
 * and writes the stacks folded (the input of flamegraph.pl or speedscope.app).
 *   java bench/Flame.java stacks.collapsed|recording.jfr [folded-output]
 */
public class Flame {

    /** Package prefix to the name shown; first match from the deepest frame wins. */
    private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

    static {
        LIBRARIES.put("fill_segment", "Argon2id (native)");
        LIBRARIES.put("fill_memory_blocks", "Argon2id (native)");
        LIBRARIES.put("fill_block", "Argon2id (native)");
        LIBRARIES.put("argon2", "Argon2id (native)");
        LIBRARIES.put("blake2b", "Argon2id (native)");
        LIBRARIES.put("com.sun.jna", "JNA (native calls)");
        LIBRARIES.put("GenCollectedHeap", "garbage collector");
        LIBRARIES.put("G1", "garbage collector");
        LIBRARIES.put("CompileBroker", "JIT compiler");
        LIBRARIES.put("org.bouncycastle.crypto.generators.Argon2", "Argon2id (Bouncy Castle)");
        LIBRARIES.put("org.bouncycastle", "Bouncy Castle (other)");
        LIBRARIES.put("org.postgresql", "PostgreSQL JDBC driver");
        LIBRARIES.put("com.sun.enterprise.resource", "connection pool");
        LIBRARIES.put("com.sun.gjc", "connection pool");
        LIBRARIES.put("org.hibernate", "Hibernate");
        LIBRARIES.put("org.flywaydb", "Flyway");
        LIBRARIES.put("org.jboss.weld", "Weld (CDI)");
        LIBRARIES.put("fish.payara.microprofile.faulttolerance", "Fault Tolerance");
        LIBRARIES.put("fish.payara.opentracing", "telemetry");
        LIBRARIES.put("fish.payara.telemetry", "telemetry");
        LIBRARIES.put("io.opentelemetry", "telemetry");
        LIBRARIES.put("org.glassfish.jersey", "Jersey (JAX-RS)");
        LIBRARIES.put("org.glassfish.hk2", "HK2");
        LIBRARIES.put("org.jvnet.hk2", "HK2");
        LIBRARIES.put("org.glassfish.grizzly", "Grizzly (HTTP)");
        LIBRARIES.put("org.apache.catalina", "servlet container");
        LIBRARIES.put("org.eclipse.yasson", "JSON");
        LIBRARIES.put("org.eclipse.parsson", "JSON");
        LIBRARIES.put("com.sun.enterprise.transaction", "transactions (JTA)");
        LIBRARIES.put("com.sun.jts", "transactions (JTA)");
        LIBRARIES.put("dev.latchkey", "Latchkey");
        LIBRARIES.put("com.sun", "Payara (other)");
        LIBRARIES.put("org.glassfish", "Payara (other)");
        LIBRARIES.put("fish.payara", "Payara (other)");
        LIBRARIES.put("sun.security", "JDK crypto/TLS");
        LIBRARIES.put("javax.crypto", "JDK crypto/TLS");
        LIBRARIES.put("java.util.zip", "JDK zip");
        LIBRARIES.put("java.", "JDK (other)");
        LIBRARIES.put("jdk.", "JDK (other)");
        LIBRARIES.put("sun.", "JDK (other)");
    }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        Map<String, Long> folded = new HashMap<>();
        Map<String, Long> byLibrary = new HashMap<>();
        Map<String, Long> bySelf = new HashMap<>();
        if (!input.toString().endsWith(".jfr")) {
            long samples = 0;
            for (String line : Files.readAllLines(input)) {
                int space = line.lastIndexOf(' ');
                if (space < 0) {
                    continue;
                }
                long count = Long.parseLong(line.substring(space + 1).strip());
                List<String> names = new ArrayList<>();
                for (String frame : line.substring(0, space).split(";")) {
                    names.add(frame.replace('/', '.').replaceAll("_\\[[a-z0-9]\\]$", ""));
                }
                samples += count;
                folded.merge(String.join(";", names), count, Long::sum);
                Collections.reverse(names);
                bySelf.merge(names.get(0), count, Long::sum);
                byLibrary.merge(libraryOf(names), count, Long::sum);
            }
            System.out.printf("%d CPU samples (async-profiler, itimer)%n", samples);
            report(byLibrary, bySelf, samples, folded, args);
            return;
        }
        Path recording = input;
        long samples = 0;
        Duration gcPauses = Duration.ZERO;
        long gcs = 0;
        Duration span = Duration.ZERO;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.GarbageCollection")) {
                gcPauses = gcPauses.plus(event.getDuration("sumOfPauses"));
                gcs++;
            }
            if (!type.equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            List<String> names = new ArrayList<>(frames.size());
            for (RecordedFrame frame : frames) {
                names.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
            }
            bySelf.merge(names.isEmpty() ? "?" : names.get(0), 1L, Long::sum);
            byLibrary.merge(libraryOf(names), 1L, Long::sum);
            List<String> rootFirst = new ArrayList<>(names);
            Collections.reverse(rootFirst);
            folded.merge(String.join(";", rootFirst), 1L, Long::sum);
        }
        System.out.printf("%d CPU samples; %d collections, %d ms of pauses%n", samples, gcs, gcPauses.toMillis());
        report(byLibrary, bySelf, samples, folded, args);
    }

    private static void report(Map<String, Long> byLibrary, Map<String, Long> bySelf, long samples, Map<String, Long> folded,
                               String[] args) throws Exception {
        print("where the samples are, by library (deepest known frame)", byLibrary, samples, 20);
        print("hottest methods (self)", bySelf, samples, 15);
        if (args.length > 1) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
                folded.forEach((stack, count) -> out.println(stack + " " + count));
            }
            System.out.println("folded stacks: " + args[1]);
        }
    }

    /** The deepest frame's library, looking past the JDK (a HashMap in Hibernate counts as Hibernate). */
    private static String libraryOf(List<String> deepestFirst) {
        String jdk = null;
        for (String frame : deepestFirst) {
            for (Map.Entry<String, String> library : LIBRARIES.entrySet()) {
                if (frame.startsWith(library.getKey()) || !frame.contains(".") && frame.contains(library.getKey())) {
                    if (!library.getValue().startsWith("JDK")) {
                        return library.getValue();
                    }
                    jdk = jdk == null ? library.getValue() : jdk;
                    break;
                }
            }
        }
        return jdk == null ? "other" : jdk;
    }

    private static void print(String title, Map<String, Long> counts, long total, int limit) {
        System.out.println("== " + title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(limit)
                .forEach(e -> System.out.printf("%6.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
    }
}
