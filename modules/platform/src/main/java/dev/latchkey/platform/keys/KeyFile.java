package dev.latchkey.platform.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The keys a deployment did not configure, kept in a file outside the database (properties
 * {@code signing-key}, {@code encryption-key} and optionally {@code signing-key.previous},
 * {@code encryption-key.previous}). Created with fresh random keys, readable by its owner only,
 * the first time a node starts without one; {@code ./latchkey run} keeps it beside its data.
 */
final class KeyFile {

    private static final Logger LOG = Logger.getLogger(KeyFile.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Properties values;

    private KeyFile(Properties values) {
        this.values = values;
    }

    static Path defaultPath() {
        return Path.of(System.getProperty("user.home"), ".latchkey", "keys.properties");
    }

    static KeyFile openOrCreate(Path path) {
        try {
            if (!Files.exists(path)) {
                create(path);
            }
            Properties values = new Properties();
            try (InputStream in = Files.newInputStream(path)) {
                values.load(in);
            }
            if (values.getProperty("signing-key") == null || values.getProperty("encryption-key") == null) {
                throw new IllegalStateException("key file " + path + " lacks signing-key or encryption-key");
            }
            return new KeyFile(values);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key file " + path
                    + " (set secrets.key-file, or tokens.signing-key and secrets.encryption-key)", e);
        }
    }

    private static void create(Path path) throws IOException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        Properties fresh = new Properties();
        fresh.setProperty("signing-key", randomKey());
        fresh.setProperty("encryption-key", randomKey());
        try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            restrict(path);
            fresh.store(out, "Latchkey keys: keep this file secret and backed up; every node needs the same one");
        } catch (FileAlreadyExistsException raced) {
            return; // another node on this machine made it first
        }
        LOG.warning(() -> "Generated new keys in " + path + ": back it up (TOTP secrets cannot be read without it) "
                + "and give every node of a cluster the same file or the same TOKENS_SIGNING_KEY and SECRETS_ENCRYPTION_KEY");
    }

    private static void restrict(Path path) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.warning(() -> "Could not restrict the permissions of " + path + ": " + e);
        }
    }

    private static String randomKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    String signingKey() {
        return values.getProperty("signing-key");
    }

    String previousSigningKeys() {
        return values.getProperty("signing-key.previous");
    }

    String encryptionKey() {
        return values.getProperty("encryption-key");
    }

    String previousEncryptionKeys() {
        return values.getProperty("encryption-key.previous");
    }
}
