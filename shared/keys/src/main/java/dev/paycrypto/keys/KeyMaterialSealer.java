package dev.paycrypto.keys;

import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.asymmetric.CertificateIssuer;
import dev.paycrypto.crypto.keyblock.Tr31;
import dev.paycrypto.crypto.keyblock.Tr31Header;
import dev.paycrypto.crypto.keyblock.Tr31OptionalBlock;
import dev.paycrypto.crypto.keyblock.Tr31Unwrapped;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Optional;
import java.util.Base64;
import java.util.List;

/**
 * Seals key material for storage and opens it again: a TR-31 / X9.143 version D key block under the AES-256
 * storage KBPK, whose header carries the key's usage, algorithm, mode of use and exportability, and whose
 * optional blocks bind the owner and key id ({@code 10}), the exact algorithm and class ({@code 11}), the HMAC
 * hash ({@code HM}) and, for key pairs, the public key ({@code 12}). All of it is covered by the block's MAC, so
 * a block copied onto another item, or metadata changed beside the block, fails to open.
 */
public final class KeyMaterialSealer {

    private static final String BINDING_BLOCK = "10";
    private static final String ATTRIBUTES_BLOCK = "11";
    private static final String PUBLIC_KEY_BLOCK = "12";
    private static final String HMAC_HASH_BLOCK = "HM";

    private final MasterKeyProvider masterKey;
    private final SecureRandom random;
    /** The storage key made ready for many blocks (its TR-31 derived keys computed once), on first use. */
    private volatile Tr31.Kbpk storageKbpk;
    private final OpenedKeys opened = new OpenedKeys();

    public KeyMaterialSealer(MasterKeyProvider masterKey, SecureRandom random) {
        this.masterKey = masterKey;
        this.random = random;
    }

    public String seal(String account, String keyId, KeyAttributes attributes, boolean exportable,
                       KeyMaterial material) {
        byte[] encoded = encode(material);
        try {
            return Tr31.wrap(storageKbpk(), header(account, keyId, attributes, exportable, material),
                    SecretBytes.of(encoded), random);
        } finally {
            Arrays.fill(encoded, (byte) 0);
        }
    }

    /**
     * The master key's storage KBPK, prepared once: a provider that refuses (a missing or different master key) is
     * asked again next time.
     */
    private Tr31.Kbpk storageKbpk() {
        Tr31.Kbpk prepared = storageKbpk;
        if (prepared == null) {
            synchronized (this) {
                if (storageKbpk == null) {
                    storageKbpk = Tr31.Kbpk.of(masterKey.storageKey());
                }
                prepared = storageKbpk;
            }
        }
        return prepared;
    }

    public KeyMaterial open(StoredKey key) {
        return open(key.account(), key.keyId(), key.attributes(), key.exportable(), key.keyBlock());
    }

    /**
     * Opens a block, checking every bound field against what the caller expects. A symmetric key opened in the last
     * minute from this very block comes from {@link OpenedKeys} instead of being decrypted again; its header is
     * checked all the same.
     */
    public KeyMaterial open(String account, String keyId, KeyAttributes attributes, boolean exportable, String block) {
        Binding binding = new Binding(account, keyId, attributes, exportable);
        Optional<OpenedKeys.Opened> recent = opened.find(block);
        if (recent.isPresent()) {
            KeyMaterial material = new KeyMaterial.SymmetricKey(recent.get().key());
            if (!binding.equals(recent.get().checkedFor())) {
                requireHeader(account, keyId, attributes, exportable, material, recent.get().header());
            }
            return material;
        }
        Tr31Unwrapped unwrapped;
        try {
            unwrapped = Tr31.unwrap(storageKbpk(), block);
        } catch (CryptoException | IllegalArgumentException e) {
            throw new StoredKeyIntegrityException(keyId);
        }
        Tr31Header actual = unwrapped.header();
        byte[] encoded = unwrapped.key().copy();
        try {
            KeyMaterial material = decode(attributes, encoded, actual);
            requireHeader(account, keyId, attributes, exportable, material, actual);
            if (material instanceof KeyMaterial.SymmetricKey symmetric) {
                opened.keep(block, actual, binding, symmetric.key());
            }
            return material;
        } catch (GeneralSecurityException | IllegalArgumentException | CryptoException e) {
            throw new StoredKeyIntegrityException(keyId);
        } finally {
            Arrays.fill(encoded, (byte) 0);
            unwrapped.key().wipe();
        }
    }

    /** What a block's header binds, as the caller describes the key it expects. */
    private record Binding(String account, String keyId, KeyAttributes attributes, boolean exportable) {
    }

    /** The block's header must be the one these attributes, this key id and this material would have sealed. */
    private static void requireHeader(String account, String keyId, KeyAttributes attributes, boolean exportable,
                                      KeyMaterial material, Tr31Header actual) {
        if (!header(account, keyId, attributes, exportable, material).equals(actual)) {
            throw new StoredKeyIntegrityException(keyId);
        }
    }

    /**
     * True if {@code block} was sealed under {@code storageKey}: its MAC verifies. Nothing else about the block is
     * checked, so that a start can tell which master key a store's blocks are under without knowing what they are.
     */
    public static boolean isSealedUnder(SecretBytes storageKey, String block) {
        try {
            Tr31.unwrap(storageKey, block).key().wipe();
            return true;
        } catch (CryptoException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Tr31Header header(String account, String keyId, KeyAttributes attributes, boolean exportable,
                                     KeyMaterial material) {
        List<Tr31OptionalBlock> blocks = new ArrayList<>();
        blocks.add(new Tr31OptionalBlock(BINDING_BLOCK, account + ":" + keyId));
        blocks.add(new Tr31OptionalBlock(ATTRIBUTES_BLOCK,
                attributes.keyAlgorithm().name() + ":" + attributes.keyClass().name()));
        if (attributes.keyAlgorithm().family() == KeyAlgorithm.Family.HMAC) {
            blocks.add(new Tr31OptionalBlock(HMAC_HASH_BLOCK, hmacHashId(attributes.keyAlgorithm())));
        }
        if (material instanceof KeyMaterial.KeyPair pair) {
            blocks.add(new Tr31OptionalBlock(PUBLIC_KEY_BLOCK,
                    Base64.getEncoder().encodeToString(pair.publicKey().getEncoded())));
        }
        return new Tr31Header('D', attributes.keyUsage().tr31Code(), attributes.keyAlgorithm().tr31Algorithm(),
                attributes.keyModesOfUse().tr31ModeOfUse(), "00", exportable ? 'E' : 'N', blocks);
    }

    /** X9.143 HM optional block: the hash of an HMAC key (01 SHA-224, 02 SHA-256, 03 SHA-384, 04 SHA-512). */
    private static String hmacHashId(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case HMAC_SHA224 -> "01";
            case HMAC_SHA256 -> "02";
            case HMAC_SHA384 -> "03";
            case HMAC_SHA512 -> "04";
            default -> throw new IllegalArgumentException("not an HMAC algorithm");
        };
    }

    private static byte[] encode(KeyMaterial material) {
        if (material instanceof KeyMaterial.SymmetricKey symmetric) {
            return symmetric.key().copy();
        }
        if (material instanceof KeyMaterial.KeyPair pair) {
            return pair.privateKey().getEncoded();
        }
        try {
            return ((KeyMaterial.PublicKeyCertificate) material).certificate().getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalArgumentException("certificate", e);
        }
    }

    private static KeyMaterial decode(KeyAttributes attributes, byte[] encoded, Tr31Header header)
            throws GeneralSecurityException {
        KeyAlgorithm algorithm = attributes.keyAlgorithm();
        if (algorithm.isSymmetric()) {
            if (!algorithm.acceptsKeyBytes(encoded.length)) {
                throw new IllegalArgumentException("length");
            }
            return new KeyMaterial.SymmetricKey(SecretBytes.of(encoded));
        }
        KeyFactory factory = KeyFactory.getInstance(algorithm.family() == KeyAlgorithm.Family.RSA ? "RSA" : "EC");
        if (attributes.keyClass() == KeyClass.PUBLIC_KEY) {
            return new KeyMaterial.PublicKeyCertificate(CertificateIssuer.decodeDer(encoded));
        }
        PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(encoded));
        String publicKey = header.optionalBlock(PUBLIC_KEY_BLOCK).orElseThrow(IllegalArgumentException::new);
        PublicKey pub = factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
        return new KeyMaterial.KeyPair(privateKey, pub);
    }
}
