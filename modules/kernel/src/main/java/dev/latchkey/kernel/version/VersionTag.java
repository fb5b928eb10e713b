package dev.latchkey.kernel.version;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;

/**
 * The version tag of a resource: derived from its id and its optimistic-lock version, so it
 * changes with every update. The web layer sends it as a strong ETag; façades compare a
 * client's If-Match against it.
 */
public final class VersionTag {

    private VersionTag() {
    }

    /** The tag's value, without the quotes an ETag header adds. */
    public static String of(UUID id, long version) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((id + ":" + version).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The quoted form, as in an ETag or If-Match header. */
    public static String quoted(UUID id, long version) {
        return "\"" + of(id, version) + "\"";
    }

    /** A client's If-Match, if it sent one, must name the current version (or be {@code *}): else PRECONDITION_FAILED. */
    public static void requireMatch(java.util.Optional<String> ifMatch, UUID id, long version) {
        String current = quoted(id, version);
        if (ifMatch.isPresent() && !ifMatch.get().strip().equals("*") && !ifMatch.get().contains(current)) {
            throw new dev.latchkey.kernel.error.PreconditionFailed(current);
        }
    }
}
