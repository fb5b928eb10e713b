package dev.latchkey.web.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the project's own scripts from the tests, as a person would from the shell. */
final class Scripts {

    static final Path PROJECT = Path.of(System.getProperty("latchkey.project.dir", "../..")).toAbsolutePath().normalize();

    private Scripts() {
    }

    /** Runs a command in a directory with extra environment; fails the test on a non-zero exit. */
    static String run(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    /** The test profile's database, started and stopped with {@code ./latchkey db}. */
    static void database(String action) throws IOException, InterruptedException {
        run(PROJECT, Map.of(), PROJECT + File.separator + "latchkey", "db", action);
    }
}
