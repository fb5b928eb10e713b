package dev.latchkey.kernel.version;

import dev.latchkey.kernel.error.PreconditionFailed;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VersionTagTest {

    final UUID id = UUID.randomUUID();

    @Test
    void changesWithEveryVersion() {
        assertNotEquals(VersionTag.of(id, 1), VersionTag.of(id, 2));
        assertEquals(VersionTag.of(id, 1), VersionTag.of(id, 1));
        assertEquals("\"" + VersionTag.of(id, 3) + "\"", VersionTag.quoted(id, 3));
    }

    @Test
    void ifMatchMustNameTheCurrentVersion() {
        assertDoesNotThrow(() -> VersionTag.requireMatch(Optional.empty(), id, 4));
        assertDoesNotThrow(() -> VersionTag.requireMatch(Optional.of("*"), id, 4));
        assertDoesNotThrow(() -> VersionTag.requireMatch(Optional.of(VersionTag.quoted(id, 4)), id, 4));
        PreconditionFailed stale = assertThrows(PreconditionFailed.class,
                () -> VersionTag.requireMatch(Optional.of(VersionTag.quoted(id, 3)), id, 4));
        assertEquals(VersionTag.quoted(id, 4), stale.details().get("current_etag"));
    }
}
