package dev.latchkey.devices.proof.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed device keys, kept between proofs: parsing costs, and Bouncy Castle keeps the
 * precomputed multiples of a key's point on the point itself, so a device's later proofs verify
 * faster with the same object. Bounded: when full, it starts again empty.
 */
@ApplicationScoped
public class PublicKeys {

    static final int CAPACITY = 10_000;

    private final Map<String, ECPublicKeyParameters> parsed = new ConcurrentHashMap<>();

    /** The P-256 key of a stored SubjectPublicKeyInfo, if it is one. */
    public Optional<ECPublicKeyParameters> parse(String base64) {
        ECPublicKeyParameters key = parsed.get(base64);
        if (key != null) {
            return Optional.of(key);
        }
        Optional<ECPublicKeyParameters> fresh = EcKeys.parseP256(base64);
        fresh.ifPresent(k -> {
            if (parsed.size() >= CAPACITY) {
                parsed.clear();
            }
            parsed.put(base64, k);
        });
        return fresh;
    }
}
