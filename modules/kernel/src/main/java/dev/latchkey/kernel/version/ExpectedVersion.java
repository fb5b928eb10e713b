package dev.latchkey.kernel.version;

import dev.latchkey.kernel.error.PreconditionFailed;

import java.util.Set;
import java.util.UUID;

/**
 * The versions a client's change is meant for (its If-Match, as the web layer read it): any
 * version, or one of the given tags. A change to another version is PRECONDITION_FAILED.
 */
public record ExpectedVersion(boolean any, Set<String> tags) {

    public ExpectedVersion {
        tags = Set.copyOf(tags);
    }

    public static ExpectedVersion anyVersion() {
        return new ExpectedVersion(true, Set.of());
    }

    public static ExpectedVersion oneOf(Set<String> tags) {
        return new ExpectedVersion(false, tags);
    }

    /** Passes for the current version; PRECONDITION_FAILED with the current ETag otherwise. */
    public void requireCurrent(UUID id, long version) {
        if (!any && !tags.contains(VersionTag.of(id, version))) {
            throw new PreconditionFailed(VersionTag.quoted(id, version));
        }
    }
}
