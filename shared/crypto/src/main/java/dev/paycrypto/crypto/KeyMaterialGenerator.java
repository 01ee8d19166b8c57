package dev.paycrypto.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;

/** Fresh key material from an injected random source (tests inject a seeded one). */
public final class KeyMaterialGenerator {

    private final SecureRandom random;

    public KeyMaterialGenerator(SecureRandom random) {
        this.random = random;
    }

    /** A TDES key of 16 or 24 bytes, each byte with odd parity (ANSI X9.52). */
    public SecretBytes tdes(int lengthBytes) {
        if (lengthBytes != 16 && lengthBytes != 24) {
            throw new InvalidInputException("A TDES key has 16 or 24 bytes");
        }
        byte[] key = randomBytes(lengthBytes);
        try {
            return SecretBytes.of(withOddParity(key));
        } finally {
            java.util.Arrays.fill(key, (byte) 0);
        }
    }

    public SecretBytes aes(int lengthBytes) {
        if (lengthBytes != 16 && lengthBytes != 24 && lengthBytes != 32) {
            throw new InvalidInputException("An AES key has 16, 24 or 32 bytes");
        }
        return SecretBytes.of(randomBytes(lengthBytes));
    }

    public SecretBytes hmac(int lengthBytes) {
        if (lengthBytes < 14 || lengthBytes > 128) {
            throw new InvalidInputException("An HMAC key has 14 to 128 bytes");
        }
        return SecretBytes.of(randomBytes(lengthBytes));
    }

    public KeyPair rsa(int bits) {
        if (bits != 2048 && bits != 3072 && bits != 4096) {
            throw new InvalidInputException("RSA keys have 2048, 3072 or 4096 bits");
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(new RSAKeyGenParameterSpec(bits, RSAKeyGenParameterSpec.F4), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation failed", e);
        }
    }

    /** An EC key pair on a NIST curve: "P-256", "P-384" or "P-521". */
    public KeyPair ec(String curve) {
        String name = switch (curve) {
            case "P-256" -> "secp256r1";
            case "P-384" -> "secp384r1";
            case "P-521" -> "secp521r1";
            default -> throw new InvalidInputException("Unsupported curve " + curve);
        };
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(name), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC key generation failed", e);
        }
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    public static boolean hasOddParity(byte[] key) {
        for (byte b : key) {
            if (Integer.bitCount(b & 0xFF) % 2 == 0) {
                return false;
            }
        }
        return true;
    }

    /** A copy of {@code key} whose every byte has odd parity in its least significant bit. */
    public static byte[] withOddParity(byte[] key) {
        byte[] out = key.clone();
        for (int i = 0; i < out.length; i++) {
            int high = out[i] & 0xFE;
            out[i] = (byte) (Integer.bitCount(high) % 2 == 0 ? high | 1 : high);
        }
        return out;
    }
}
