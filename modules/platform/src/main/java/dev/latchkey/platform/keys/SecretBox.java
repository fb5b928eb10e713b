package dev.latchkey.platform.keys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets at rest: AES-256-GCM under the encryption key of the {@link KeyRing}, written as
 * {@code gcm1.<key id>.<base64url(iv ‖ ciphertext ‖ tag)>}. The context (say {@code totp:<account>})
 * is authenticated too, so a ciphertext copied to another row does not open. An optional
 * caller secret (an Idempotency-Key only its client knows) is mixed into the key: then even
 * the database and the service's keys together do not open it without that secret.
 */
@ApplicationScoped
public class SecretBox {

    private static final String PREFIX = "gcm1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    KeyRing keys;

    public String seal(String context, String plaintext) {
        return seal(context, plaintext.getBytes(StandardCharsets.UTF_8), null);
    }

    public String open(String context, String sealed) {
        return new String(open(context, sealed, null), StandardCharsets.UTF_8);
    }

    public String seal(String context, byte[] plaintext, byte[] callerSecret) {
        Key key = keys.encryptionKey();
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] ciphertext = crypt(Cipher.ENCRYPT_MODE, key, callerSecret, iv, context, plaintext, 0);
        ByteBuffer all = ByteBuffer.allocate(iv.length + ciphertext.length).put(iv).put(ciphertext);
        return PREFIX + "." + key.id() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(all.array());
    }

    /** The plaintext; a value that is not sealed, names an unknown key or fails its tag is refused. */
    public byte[] open(String context, String sealed, byte[] callerSecret) {
        String[] parts = sealed == null ? new String[0] : sealed.split("\\.");
        if (parts.length != 3 || !PREFIX.equals(parts[0])) {
            throw new IllegalArgumentException("not a sealed value");
        }
        Key key = keys.encryptionKey(parts[1]).orElseThrow(() ->
                new IllegalStateException("sealed with key " + parts[1] + ", which is not configured"));
        byte[] all = Base64.getUrlDecoder().decode(parts[2]);
        byte[] iv = java.util.Arrays.copyOf(all, IV_BYTES);
        return crypt(Cipher.DECRYPT_MODE, key, callerSecret, iv, context, all, IV_BYTES);
    }

    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX + ".");
    }

    private static byte[] crypt(int mode, Key key, byte[] callerSecret, byte[] iv, String context, byte[] input, int offset) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(derive(key, callerSecret), "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input, offset, input.length - offset);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot " + (mode == Cipher.ENCRYPT_MODE ? "seal" : "open") + " a secret of " + context, e);
        }
    }

    /** The AES key: the encryption key itself, or an HMAC of the caller's secret under it. */
    private static byte[] derive(Key key, byte[] callerSecret) throws GeneralSecurityException {
        byte[] master = java.util.Arrays.copyOf(key.bytes(), 32);
        if (callerSecret == null) {
            return master;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(master, "HmacSHA256"));
        return mac.doFinal(callerSecret);
    }
}
