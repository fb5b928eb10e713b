package dev.latchkey.kernel.version;

import dev.latchkey.kernel.error.PreconditionFailed;
import org.junit.jupiter.api.Test;

import java.util.Set;
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
    void anExpectedVersionMustBeTheCurrentOne() {
        assertDoesNotThrow(() -> ExpectedVersion.anyVersion().requireCurrent(id, 4));
        assertDoesNotThrow(() -> ExpectedVersion.oneOf(Set.of(VersionTag.of(id, 3), VersionTag.of(id, 4))).requireCurrent(id, 4));
        PreconditionFailed stale = assertThrows(PreconditionFailed.class,
                () -> ExpectedVersion.oneOf(Set.of(VersionTag.of(id, 3))).requireCurrent(id, 4));
        assertEquals(VersionTag.quoted(id, 4), stale.details().get("current_etag"));
    }
}
