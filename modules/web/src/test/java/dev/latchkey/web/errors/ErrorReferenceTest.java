package dev.latchkey.web.errors;

import dev.latchkey.kernel.error.ErrorCode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/errors.md is generated from the catalogue and must stay in step with it. After changing
 * the catalogue, regenerate it with {@code mvn -pl modules/web test -Dtest=ErrorReferenceTest -Dlatchkey.regenerate=true}.
 */
class ErrorReferenceTest {

    static final Path FILE = Path.of("../../docs/errors.md");

    @Test
    void theRepositoryReferenceIsGeneratedFromTheCatalogue() throws Exception {
        String generated = ErrorReference.markdown();
        if (Boolean.getBoolean("latchkey.regenerate")) {
            Files.writeString(FILE, generated);
        }
        assertEquals(generated, Files.readString(FILE), "docs/errors.md is stale: regenerate it (see this test's comment)");
    }

    @Test
    void everyCodeIsListedWithItsStatusAndDetailKeys() {
        String markdown = ErrorReference.markdown();
        String html = ErrorReference.html();
        for (ErrorCode code : ErrorCode.values()) {
            assertTrue(markdown.contains("| `" + code.name() + "` | " + code.status() + " |"), code.name());
            code.detailKeys().forEach(key -> assertTrue(markdown.contains("`" + key + "`"), key));
            assertTrue(html.contains("id=\"" + code.name() + "\""), code.name());
        }
    }
}
