package dev.latchkey.web.it;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API explorer at /docs, rendered by a real headless Chromium: Swagger UI loads the OpenAPI document. */
class ExplorerBrowserIT {

    @Test
    void theExplorerRendersTheApiInABrowser() throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        assertTrue(Files.isExecutable(chromium), "a real browser is needed: install Debian's chromium (./latchkey test does as root)");
        Path profile = Files.createTempDirectory("latchkey-chromium");
        String dom = Scripts.run(profile, Map.of(), chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=15000", "--dump-dom", Api.URL + "/docs/");
        assertTrue(dom.contains("swagger-ui"), "Swagger UI mounted:\n" + dom.substring(0, Math.min(dom.length(), 2000)));
        assertTrue(dom.contains("Latchkey"), "the document's title is shown");
        assertTrue(dom.contains("/api/accounts"), "the routes are listed");
    }
}
