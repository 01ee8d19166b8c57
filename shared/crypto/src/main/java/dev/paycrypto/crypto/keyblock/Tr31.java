package dev.paycrypto.crypto.keyblock;

import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.IntegrityException;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.SecretBytes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * TR-31 / ANSI X9.143 key blocks: wrap and unwrap of versions A and C (TDES, key variant binding, ISO 9797-1
 * MAC algorithm 1), B (TDES, CMAC key derivation, 8-byte CMAC) and D (AES, CMAC key derivation per X9.143 §6.3,
 * 16-byte CMAC). In B and D the MAC is computed over the header and the clear payload and is the IV of the CBC
 * encryption; in A and C it is computed over the header and the encrypted payload (binary).
 *
 * <p>The payload is the key length in bits (two bytes), the key, and random padding to the cipher block size.
 * {@link Tr31Version} holds how each version protects it, {@link Tr31HeaderCodec} the header's text form.
 */
public final class Tr31 {

    private Tr31() {
    }

    /**
     * A KBPK made ready for many key blocks: the block encryption and MAC keys that versions B and D derive from it
     * (X9.143 §6.3) are derived once, on first use, rather than per block. It holds those derived keys as long as
     * it lives, so it is for a KBPK the holder keeps anyway (the service's storage key); {@link #wipe} when done.
     */
    public static final class Kbpk {
        private final byte[] kbpk;
        /** Per version (B, D): the derived encryption and MAC keys, set once (read without a lock afterwards). */
        private volatile byte[][] versionB;
        private volatile byte[][] versionD;

        private Kbpk(byte[] kbpk) {
            this.kbpk = kbpk;
        }

        public static Kbpk of(SecretBytes kbpk) {
            return new Kbpk(kbpk.copy());
        }

        /** The KBPK itself: the shared array, never to be changed or wiped but by {@link #wipe}. */
        byte[] bytes() {
            return kbpk;
        }

        /** The encryption key and the MAC key of {@code version}: shared arrays, never to be changed or wiped. */
        byte[][] derivedKeys(Tr31Version version) {
            byte[][] keys = version == Tr31Version.B ? versionB : versionD;
            if (keys != null) {
                return keys;
            }
            synchronized (this) {
                keys = new byte[][] {version.derive(kbpk, false), version.derive(kbpk, true)};
                if (version == Tr31Version.B) {
                    versionB = keys;
                } else {
                    versionD = keys;
                }
                return keys;
            }
        }

        public synchronized void wipe() {
            Arrays.fill(kbpk, (byte) 0);
            for (byte[][] keys : new byte[][][] {versionB, versionD}) {
                if (keys != null) {
                    Arrays.fill(keys[0], (byte) 0);
                    Arrays.fill(keys[1], (byte) 0);
                }
            }
            versionB = null;
            versionD = null;
        }

        @Override
        public String toString() {
            return "Tr31.Kbpk[" + kbpk.length + " bytes]";
        }
    }

    /** Wraps {@code key} under {@code kbpk} with {@code header} (its version decides the method). */
    public static String wrap(SecretBytes kbpk, Tr31Header header, SecretBytes key, SecureRandom random) {
        Kbpk prepared = Kbpk.of(kbpk);
        try {
            return wrap(prepared, header, key, random);
        } finally {
            prepared.wipe();
        }
    }

    /** As {@link #wrap(SecretBytes, Tr31Header, SecretBytes, SecureRandom)}, under a KBPK made ready for many blocks. */
    public static String wrap(Kbpk kbpk, Tr31Header header, SecretBytes key, SecureRandom random) {
        Tr31Version version = Tr31Version.of(header.version());
        byte[] payload = null;
        try {
            version.requireKbpk(kbpk.bytes());
            int blockSize = version.blockSize;
            List<Tr31OptionalBlock> blocks = Tr31HeaderCodec.withPadding(header.withoutPadding(), blockSize);
            String optional = Tr31HeaderCodec.encodeOptionalBlocks(blocks);
            int headerLength = Tr31HeaderCodec.FIXED_HEADER + optional.length();
            payload = payload(key, blockSize, random);
            int totalLength = headerLength + payload.length * 2 + version.macLength * 2;
            if (totalLength > 9999) {
                throw new InvalidInputException("The key is too long for a key block");
            }
            String headerText = Tr31HeaderCodec.fixedHeader(header, String.format("%04d", totalLength),
                    blocks.size()) + optional;
            return headerText + version.protect(kbpk, headerText, payload);
        } finally {
            if (payload != null) {
                Arrays.fill(payload, (byte) 0);
            }
        }
    }

    /** Authenticates and unwraps a key block; any tampering, truncation or wrong KBPK throws. */
    public static Tr31Unwrapped unwrap(SecretBytes kbpk, String keyBlock) {
        Kbpk prepared = Kbpk.of(kbpk);
        try {
            return unwrap(prepared, keyBlock);
        } finally {
            prepared.wipe();
        }
    }

    /** As {@link #unwrap(SecretBytes, String)}, under a KBPK made ready for many blocks. */
    public static Tr31Unwrapped unwrap(Kbpk kbpk, String keyBlock) {
        if (keyBlock == null || keyBlock.length() < Tr31HeaderCodec.FIXED_HEADER) {
            throw new InvalidInputException("The key block is shorter than a header");
        }
        Tr31Version version = Tr31Version.of(keyBlock.charAt(0));
        int declared = Tr31HeaderCodec.parseDecimal(keyBlock.substring(1, 5), "key block length");
        if (declared != keyBlock.length()) {
            throw new InvalidInputException("The key block length field does not match its length");
        }
        int count = Tr31HeaderCodec.parseDecimal(keyBlock.substring(12, 14), "optional block count");
        List<Tr31OptionalBlock> blocks = new ArrayList<>();
        int position = Tr31HeaderCodec.FIXED_HEADER;
        for (int i = 0; i < count; i++) {
            position = Tr31HeaderCodec.decodeOptionalBlock(keyBlock, position, blocks);
        }
        if (position % version.blockSize != 0) {
            throw new InvalidInputException("The key block header is not a multiple of the cipher block size");
        }
        String headerText = keyBlock.substring(0, position);
        String body = keyBlock.substring(position);
        int macHex = version.macLength * 2;
        if (body.length() <= macHex || (body.length() - macHex) % (version.blockSize * 2) != 0
                || !Hex.isHex(body)) {
            throw new InvalidInputException("The key block's encrypted key field is malformed");
        }
        Tr31Header header = Tr31HeaderCodec.header(keyBlock, blocks);
        byte[] payload = null;
        byte[] key = null;
        try {
            version.requireKbpk(kbpk.bytes());
            payload = version.open(kbpk, headerText, Hex.decode(body.substring(0, body.length() - macHex)),
                    Hex.decode(body.substring(body.length() - macHex)));
            int keyBits = ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
            if (keyBits % 8 != 0 || keyBits == 0 || keyBits / 8 > payload.length - 2) {
                throw new IntegrityException("The key block's key length field is not valid");
            }
            key = Arrays.copyOfRange(payload, 2, 2 + keyBits / 8);
            return new Tr31Unwrapped(header.withOptionalBlocks(header.withoutPadding()), SecretBytes.of(key));
        } finally {
            if (payload != null) {
                Arrays.fill(payload, (byte) 0);
            }
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    private static byte[] payload(SecretBytes key, int blockSize, SecureRandom random) {
        int keyLength = key.length();
        int length = 2 + keyLength;
        int padded = (length + blockSize - 1) / blockSize * blockSize;
        byte[] payload = new byte[padded];
        random.nextBytes(payload);
        payload[0] = (byte) ((keyLength * 8) >> 8);
        payload[1] = (byte) (keyLength * 8);
        byte[] clear = key.copy();
        System.arraycopy(clear, 0, payload, 2, keyLength);
        Arrays.fill(clear, (byte) 0);
        return payload;
    }
}
