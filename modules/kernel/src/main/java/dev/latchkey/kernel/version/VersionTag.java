package dev.latchkey.kernel.version;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;

/**
 * The version tag of a resource: derived from its id and its optimistic-lock version, so it
 * changes with every update. The web layer sends it as a strong ETag; façades hold a client's
 * If-Match, parsed by the web layer into an {@link ExpectedVersion}, against it.
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
}
