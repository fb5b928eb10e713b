package dev.latchkey.devices.proof.control;

import dev.latchkey.devices.proof.control.EcKeys;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keys and signatures made with the JDK, checked with Bouncy Castle: DER and r‖s alike. */
class EcKeysTest {

    static KeyPair pair(String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }

    static String publicKey(KeyPair pair) {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    static byte[] der(KeyPair pair, String message) throws Exception {
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(pair.getPrivate());
        signature.update(message.getBytes(StandardCharsets.UTF_8));
        return signature.sign();
    }

    static byte[] raw(byte[] der) {
        org.bouncycastle.asn1.ASN1Sequence seq = org.bouncycastle.asn1.ASN1Sequence.getInstance(der);
        byte[] out = new byte[64];
        for (int i = 0; i < 2; i++) {
            BigInteger v = org.bouncycastle.asn1.ASN1Integer.getInstance(seq.getObjectAt(i)).getPositiveValue();
            byte[] b = v.toByteArray();
            byte[] trimmed = b.length > 32 ? Arrays.copyOfRange(b, b.length - 32, b.length) : b;
            System.arraycopy(trimmed, 0, out, i * 32 + 32 - trimmed.length, trimmed.length);
        }
        return out;
    }

    @Test
    void acceptsP256AndRejectsEverythingElse() throws Exception {
        assertTrue(EcKeys.parseP256(publicKey(pair("secp256r1"))).isPresent());
        assertFalse(EcKeys.parseP256(publicKey(pair("secp384r1"))).isPresent(), "P-384");
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        assertFalse(EcKeys.parseP256(Base64.getEncoder().encodeToString(rsa.generateKeyPair().getPublic().getEncoded())).isPresent(), "RSA");
        assertFalse(EcKeys.parseP256("not base64!").isPresent());
        assertFalse(EcKeys.parseP256(Base64.getEncoder().encodeToString("garbage".getBytes())).isPresent());
        assertFalse(EcKeys.parseP256(null).isPresent());
    }

    @Test
    void verifiesDerAndRawSignaturesAndNothingElse() throws Exception {
        KeyPair pair = pair("secp256r1");
        var key = EcKeys.parseP256(publicKey(pair)).orElseThrow();
        String message = "device.nonce.1700000000000";
        byte[] der = der(pair, message);
        assertTrue(EcKeys.verify(key, message, Base64.getEncoder().encodeToString(der)));
        assertTrue(EcKeys.verify(key, message, Base64.getEncoder().encodeToString(raw(der))));
        assertFalse(EcKeys.verify(key, message + "x", Base64.getEncoder().encodeToString(der)));
        assertFalse(EcKeys.verify(EcKeys.parseP256(publicKey(pair("secp256r1"))).orElseThrow(), message,
                Base64.getEncoder().encodeToString(der)), "another key");
        assertFalse(EcKeys.verify(key, message, "AAAA"));
        assertFalse(EcKeys.verify(key, message, "%%%"));
    }
}
