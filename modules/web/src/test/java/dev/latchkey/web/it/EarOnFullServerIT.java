package dev.latchkey.web.it;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The EAR, built by the normal build, deploys on a full Jakarta EE server (Payara Server 6) and
 * serves the same contract: database, registration, JSON errors, sign-in, OpenAPI.
 */
class EarOnFullServerIT {

    @Test
    void theEarDeploysOnPayaraServerAndAnswers() throws Exception {
        Path work = Files.createTempDirectory("latchkey-ear");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        try {
            String output = Scripts.run(Scripts.PROJECT, Map.of(), "scripts/ear-on-full-payara.sh", work.toString(),
                    "24000", String.valueOf(LatchkeyRunIT.freePort()));
            assertTrue(output.contains("health: {\"status\":\"healthy\",\"checks\":{\"database\":\"up\"}}"), output);
            assertTrue(output.contains("register: {\"status\":\"created\""), output);
            assertTrue(output.contains("\"code\":\"INVALID_REQUEST\"") && output.contains("\"field\":\"email\""), output);
            assertTrue(output.contains("\"code\":\"AUTH_INVALID_CREDENTIALS\""), output);
            assertTrue(output.contains("openapi: 200"), output);
        } finally {
            Scripts.run(work.getParent(), Map.of(), "rm", "-rf", work.toString());
        }
    }
}
