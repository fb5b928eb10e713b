package dev.latchkey.platform.keys;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The service's keys, read from configuration and never from the database.
 * <ul>
 *   <li>{@code tokens.signing-key} signs access tokens; {@code tokens.signing-key.previous} (a
 *       comma-separated list) are still accepted, so a rotation keeps tokens already issued valid
 *       until they expire (keep an old key listed for at least {@code tokens.access-ttl}).</li>
 *   <li>{@code secrets.encryption-key} encrypts secrets at rest (TOTP secrets, remembered
 *       idempotent answers); {@code secrets.encryption-key.previous} still decrypt.</li>
 * </ul>
 * Each is base64 of at least 32 random bytes. A key left unset is read from, or generated once
 * into, {@code secrets.key-file} (see {@link KeyFile}); every node of a cluster needs the same keys.
 */
@ApplicationScoped
public class KeyRing {

    private static final Logger LOG = Logger.getLogger(KeyRing.class.getName());

    @Inject
    @ConfigProperty(name = "tokens.signing-key")
    Optional<String> signingKey;
    @Inject
    @ConfigProperty(name = "tokens.signing-key.previous")
    Optional<String> previousSigningKeys;
    @Inject
    @ConfigProperty(name = "secrets.encryption-key")
    Optional<String> encryptionKey;
    @Inject
    @ConfigProperty(name = "secrets.encryption-key.previous")
    Optional<String> previousEncryptionKeys;
    @Inject
    @ConfigProperty(name = "secrets.key-file")
    Optional<String> keyFile;

    private List<Key> signing;
    private List<Key> encryption;

    @PostConstruct
    void load() {
        KeyFile file = null;
        if (signingKey.filter(v -> !v.isBlank()).isEmpty() || encryptionKey.filter(v -> !v.isBlank()).isEmpty()) {
            file = KeyFile.openOrCreate(keyFile.filter(v -> !v.isBlank()).map(java.nio.file.Path::of).orElse(KeyFile.defaultPath()));
        }
        signing = ring("tokens.signing-key", signingKey, previousSigningKeys, file == null ? null : file.signingKey(),
                file == null ? null : file.previousSigningKeys());
        encryption = ring("secrets.encryption-key", encryptionKey, previousEncryptionKeys,
                file == null ? null : file.encryptionKey(), file == null ? null : file.previousEncryptionKeys());
        LOG.info(() -> "Keys in use: signing " + signing.get(0).id() + ", encryption " + encryption.get(0).id()
                + " (" + (signing.size() - 1) + " and " + (encryption.size() - 1) + " previous)");
    }

    private static List<Key> ring(String property, Optional<String> configured, Optional<String> previous,
                                  String fromFile, String previousFromFile) {
        List<Key> keys = new ArrayList<>();
        keys.add(Key.parse(property, configured.filter(v -> !v.isBlank()).orElse(fromFile)));
        String older = previous.filter(v -> !v.isBlank()).orElse(configured.filter(v -> !v.isBlank()).isPresent() ? null : previousFromFile);
        if (older != null) {
            Arrays.stream(older.split(",")).map(String::strip).filter(v -> !v.isEmpty())
                    .map(v -> Key.parse(property + ".previous", v)).forEach(keys::add);
        }
        return List.copyOf(keys);
    }

    /** The key new access tokens are signed with. */
    public Key signingKey() {
        return signing.get(0);
    }

    /** The signing key a token names, if it is the current or a previous one. */
    public Optional<Key> signingKey(String id) {
        return find(signing, id);
    }

    /** The key new secrets are encrypted with. */
    public Key encryptionKey() {
        return encryption.get(0);
    }

    public Optional<Key> encryptionKey(String id) {
        return find(encryption, id);
    }

    private static Optional<Key> find(List<Key> keys, String id) {
        return id == null ? Optional.empty() : keys.stream().filter(k -> k.id().equals(id)).findFirst();
    }
}
