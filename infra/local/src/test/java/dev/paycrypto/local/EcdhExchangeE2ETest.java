package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.asymmetric.CertificateIssuer;
import dev.paycrypto.crypto.keyblock.Tr31;
import dev.paycrypto.crypto.keyblock.Tr31Header;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyCheckValueAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyClass;
import software.amazon.awssdk.services.paymentcryptography.model.KeyDerivationFunction;
import software.amazon.awssdk.services.paymentcryptography.model.KeyDerivationHashAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptography.model.SymmetricKeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.ValidationException;
import software.amazon.awssdk.services.paymentcryptography.model.WrappedKey;

/**
 * ECDH key exchange through the SDK (User Guide, "ECDH import" and "ECDH export"): between two key pairs of the
 * service, each trusting the other's certificate through the imported ECC authority; and with a partner played by
 * this test — its own P-521 authority, ECDH with the JDK and the NIST SP 800-56A concatenation KDF written here
 * from the standard — which sends the AES-256 KBPKs of vectors/tr31.json, the one way such keys can enter.
 */
class EcdhExchangeE2ETest extends LocalServiceTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SHARED_INFO = "0123456789ABCDEF0123456789ABCDEF";

    @Test
    void twoKeyPairsOfTheServiceAgreeAKbpkAndMoveAKeyBetweenThem() throws Exception {
        Key alice = keyAgreementKey(KeyAlgorithm.ECC_NIST_P256);
        Key bob = keyAgreementKey(KeyAlgorithm.ECC_NIST_P256);
        var aliceCertificate = control.getPublicKeyCertificate(r -> r.keyIdentifier(alice.keyArn()));
        String bobCertificate = control.getPublicKeyCertificate(r -> r.keyIdentifier(bob.keyArn())).keyCertificate();
        Key authority = control.importKey(r -> r.keyMaterial(m -> m.rootCertificatePublicKey(c -> c
                .keyAttributes(a -> a.keyUsage(KeyUsage.TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE)
                        .keyClass(KeyClass.PUBLIC_KEY).keyAlgorithm(KeyAlgorithm.ECC_NIST_P521)
                        .keyModesOfUse(u -> u.verify(true)))
                .publicKeyCertificate(aliceCertificate.keyCertificateChain())))).key();
        Key cvk = KeyExchangeE2ETest.importByCryptogram("0123456789ABCDEFFEDCBA9876543210",
                KeyUsage.TR31_C0_CARD_VERIFICATION_KEY, KeyAlgorithm.TDES_2_KEY, true);

        WrappedKey wrapped = control.exportKey(r -> r.exportKeyIdentifier(cvk.keyArn()).keyMaterial(m -> m
                .diffieHellmanTr31KeyBlock(d -> d.privateKeyIdentifier(alice.keyArn())
                        .certificateAuthorityPublicKeyIdentifier(authority.keyArn())
                        .publicKeyCertificate(bobCertificate)
                        .deriveKeyAlgorithm(SymmetricKeyAlgorithm.AES_128)
                        .keyDerivationFunction(KeyDerivationFunction.NIST_SP800)
                        .keyDerivationHashAlgorithm(KeyDerivationHashAlgorithm.SHA_256)
                        .derivationData(s -> s.sharedInformation(SHARED_INFO))))).wrappedKey();
        assertThat(wrapped.keyMaterial()).startsWith("D");
        assertThat(wrapped.wrappingKeyArn()).isEqualTo(alice.keyArn());

        Key received = control.importKey(r -> r.keyMaterial(m -> m.diffieHellmanTr31KeyBlock(d -> d
                .privateKeyIdentifier(bob.keyArn()).certificateAuthorityPublicKeyIdentifier(authority.keyArn())
                .publicKeyCertificate(aliceCertificate.keyCertificate())
                .deriveKeyAlgorithm(SymmetricKeyAlgorithm.AES_128)
                .keyDerivationFunction(KeyDerivationFunction.NIST_SP800)
                .keyDerivationHashAlgorithm(KeyDerivationHashAlgorithm.SHA_256)
                .derivationData(s -> s.sharedInformation(SHARED_INFO)).wrappedKeyBlock(wrapped.keyMaterial())))).key();
        assertThat(received.keyCheckValue()).isEqualTo("08D7B4");
        assertThat(received.keyAttributes().keyUsage()).isEqualTo(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY);

        // other derivation parameters give another KBPK, under which the block does not open
        assertThatThrownBy(() -> control.importKey(r -> r.keyMaterial(m -> m.diffieHellmanTr31KeyBlock(d -> d
                .privateKeyIdentifier(bob.keyArn()).certificateAuthorityPublicKeyIdentifier(authority.keyArn())
                .publicKeyCertificate(aliceCertificate.keyCertificate())
                .deriveKeyAlgorithm(SymmetricKeyAlgorithm.AES_128)
                .keyDerivationFunction(KeyDerivationFunction.ANSI_X963)
                .keyDerivationHashAlgorithm(KeyDerivationHashAlgorithm.SHA_256)
                .derivationData(s -> s.sharedInformation(SHARED_INFO)).wrappedKeyBlock(wrapped.keyMaterial())))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("does not open");
    }

    @Test
    void aPartnerSendsAes256KbpksThatThenOpenThePublishedVersionDBlocks() throws Exception {
        Key service = keyAgreementKey(KeyAlgorithm.ECC_NIST_P521);
        Partner partnerHsm = Partner.on("secp521r1", KeyAlgorithm.ECC_NIST_P521);
        Key authority = partnerHsm.authority();
        X509Certificate partnerLeaf = partnerHsm.leaf();
        KeyPair partner = partnerHsm.keyPair();
        Instant now = Instant.now();
        // the partner's side: Z by ECDH, then the SP 800-56A concatenation KDF
        byte[] derived = partnerHsm.agree(service, 32);

        try (InputStream in = EcdhExchangeE2ETest.class.getResourceAsStream("/vectors/tr31.json")) {
            List<JsonNode> aesVectors = new java.util.ArrayList<>();
            new ObjectMapper().readTree(in).get("vectors").forEach(v -> {
                if (v.get("kbpk").asText().length() == 64 && v.get("key_block").asText().startsWith("D")) {
                    aesVectors.add(v);
                }
            });
            assertThat(aesVectors).hasSizeGreaterThanOrEqualTo(3);
            for (JsonNode vector : aesVectors) {
                String kbpkHex = vector.get("kbpk").asText();
                String block = Tr31.wrap(SecretBytes.of(derived), new Tr31Header('D', "K1", 'A', 'B', "00", 'N',
                        List.of()), SecretBytes.fromHex(kbpkHex), RANDOM);
                Key kbpk = control.importKey(r -> r.keyCheckValueAlgorithm(KeyCheckValueAlgorithm.ANSI_X9_24)
                        .keyMaterial(m -> m.diffieHellmanTr31KeyBlock(d -> d.privateKeyIdentifier(service.keyArn())
                                .certificateAuthorityPublicKeyIdentifier(authority.keyArn())
                                .publicKeyCertificate(CertificateIssuer.toBase64Pem(partnerLeaf))
                                .deriveKeyAlgorithm(SymmetricKeyAlgorithm.AES_256)
                                .keyDerivationFunction(KeyDerivationFunction.NIST_SP800)
                                .keyDerivationHashAlgorithm(KeyDerivationHashAlgorithm.SHA_256)
                                .derivationData(s -> s.sharedInformation(SHARED_INFO)).wrappedKeyBlock(block))))
                        .key();
                assertThat(kbpk.keyAttributes().keyAlgorithm()).isEqualTo(KeyAlgorithm.AES_256);
                assertThat(kbpk.keyCheckValue()).isEqualTo(aesKcv(kbpkHex));

                Key key = control.importKey(r -> r.keyCheckValueAlgorithm(KeyCheckValueAlgorithm.ANSI_X9_24)
                        .keyMaterial(m -> m.tr31KeyBlock(t -> t.wrappingKeyIdentifier(kbpk.keyArn())
                                .wrappedKeyBlock(vector.get("key_block").asText())))).key();
                String expected = vector.get("expected").get("key").asText();
                String expectedKcv = vector.get("header").get("algorithm").asText().equals("A") ? aesKcv(expected)
                        : KeyExchangeE2ETest.tdesKcv(expected);
                assertThat(key.keyCheckValue()).as(vector.get("source").asText()).isEqualTo(expectedKcv);
            }
        }
        // a leaf from an authority that was not imported is refused
        KeyPair stranger = ec("secp521r1");
        X509Certificate strangerRoot = CertificateIssuer.selfSignedAuthority("CN=Stranger", stranger.getPublic(),
                stranger.getPrivate(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), RANDOM);
        X509Certificate strangerLeaf = CertificateIssuer.issue(strangerRoot, stranger.getPrivate(), "CN=Stranger HSM",
                partner.getPublic(), CertificateIssuer.Purpose.KEY_AGREEMENT, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), RANDOM);
        assertThatThrownBy(() -> control.importKey(r -> r.keyMaterial(m -> m.diffieHellmanTr31KeyBlock(d -> d
                .privateKeyIdentifier(service.keyArn()).certificateAuthorityPublicKeyIdentifier(authority.keyArn())
                .publicKeyCertificate(CertificateIssuer.toBase64Pem(strangerLeaf))
                .deriveKeyAlgorithm(SymmetricKeyAlgorithm.AES_256)
                .keyDerivationFunction(KeyDerivationFunction.NIST_SP800)
                .keyDerivationHashAlgorithm(KeyDerivationHashAlgorithm.SHA_256)
                .derivationData(s -> s.sharedInformation(SHARED_INFO))
                .wrappedKeyBlock("D0112K1AB00N0000" + "0".repeat(96))))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("the names do not chain")
                .hasMessageContaining("issuer name is CN=Stranger")
                .hasMessageContaining("is CN=Partner ECC Root");
        // the authority's name on a certificate its key did not sign: the names chain, the signature does not
        KeyPair impostor = ec("secp521r1");
        X509Certificate impostorRoot = CertificateIssuer.selfSignedAuthority("CN=Partner ECC Root",
                impostor.getPublic(), impostor.getPrivate(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)),
                RANDOM);
        X509Certificate forgedLeaf = CertificateIssuer.issue(impostorRoot, impostor.getPrivate(), "CN=Partner ECC HSM",
                partner.getPublic(), CertificateIssuer.Purpose.KEY_AGREEMENT, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), RANDOM);
        assertThatThrownBy(() -> control.importKey(r -> r.keyMaterial(m -> m.diffieHellmanTr31KeyBlock(d -> d
                .privateKeyIdentifier(service.keyArn()).certificateAuthorityPublicKeyIdentifier(authority.keyArn())
                .publicKeyCertificate(CertificateIssuer.toBase64Pem(forgedLeaf))
                .deriveKeyAlgorithm(SymmetricKeyAlgorithm.AES_256)
                .keyDerivationFunction(KeyDerivationFunction.NIST_SP800)
                .keyDerivationHashAlgorithm(KeyDerivationHashAlgorithm.SHA_256)
                .derivationData(s -> s.sharedInformation(SHARED_INFO))
                .wrappedKeyBlock("D0112K1AB00N0000" + "0".repeat(96))))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not signed by")
                .hasMessageNotContaining("do not chain");
    }

    /**
     * HMAC keys arrive in TR-31 blocks (usage M7, algorithm H, the HM optional block naming the hash: X9.143 ids 20
     * SHA-224, 21 SHA-256, 22 SHA-384, 23 SHA-512) of 16 to 64 bytes, by ECDH and under a KBPK. Each keeps its
     * length; its check value and its MACs are those of the JDK's HMAC over the same key. An HMAC key's strength is
     * min(its length, the hash's HMAC security), so a 32-byte HMAC-SHA256 key (256) needs an AES-256 or P-521
     * protector and a 16-byte one (128) travels under AES-128. The blocks are built by the project's TR-31 code,
     * which is checked against the published vectors of vectors/tr31.json; what is checked here is the service's
     * reading of them, against the JDK.
     */
    @Test
    void hmacKeysOfTheirOwnLengthArriveInTr31BlocksAndMacAsTheJdkDoes() throws Exception {
        Key service = keyAgreementKey(KeyAlgorithm.ECC_NIST_P521);
        Partner partner = Partner.on("secp521r1", KeyAlgorithm.ECC_NIST_P521);
        byte[] aes256 = partner.agree(service, 32);

        // a 32-byte HMAC-SHA256 key, straight in by ECDH (AES-256 derived KBPK, P-521 key pair)
        byte[] sha256Key = RANDOM.generateSeed(32);
        String sha256Block = Tr31.wrap(SecretBytes.of(aes256), hmacHeader("21"), SecretBytes.of(sha256Key), RANDOM);
        Key hmac256 = control.importKey(r -> r.keyMaterial(m -> m.diffieHellmanTr31KeyBlock(d -> d
                .privateKeyIdentifier(service.keyArn()).certificateAuthorityPublicKeyIdentifier(partner.authority.keyArn())
                .publicKeyCertificate(CertificateIssuer.toBase64Pem(partner.leaf))
                .deriveKeyAlgorithm(SymmetricKeyAlgorithm.AES_256).keyDerivationFunction(KeyDerivationFunction.NIST_SP800)
                .keyDerivationHashAlgorithm(KeyDerivationHashAlgorithm.SHA_256)
                .derivationData(x -> x.sharedInformation(SHARED_INFO)).wrappedKeyBlock(sha256Block)))).key();
        assertThat(hmac256.keyAttributes().keyUsage()).isEqualTo(KeyUsage.TR31_M7_HMAC_KEY);
        assertThat(hmac256.keyAttributes().keyAlgorithm()).isEqualTo(KeyAlgorithm.HMAC_SHA256);
        assertThat(hmac256.keyCheckValueAlgorithm()).isEqualTo(KeyCheckValueAlgorithm.HMAC);
        assertThat(hmac256.keyCheckValue()).isEqualTo(jdkHmac("HmacSHA256", sha256Key, new byte[16]).substring(0, 6));
        assertThat(mac(hmac256, "HMAC_SHA256")).isEqualTo(jdkHmac("HmacSHA256", sha256Key, HEX.parseHex(MAC_DATA)));

        // the AES-256 KBPK itself, then a 16-byte HMAC-SHA512 key and a 64-byte HMAC-SHA384 key under it
        byte[] kbpkKey = RANDOM.generateSeed(32);
        String kbpkOwnBlock = Tr31.wrap(SecretBytes.of(aes256), new Tr31Header('D', "K1", 'A', 'B', "00", 'N',
                List.of()), SecretBytes.of(kbpkKey), RANDOM);
        Key kbpk = control.importKey(r -> r.keyMaterial(m -> m.diffieHellmanTr31KeyBlock(d -> d
                .privateKeyIdentifier(service.keyArn()).certificateAuthorityPublicKeyIdentifier(partner.authority.keyArn())
                .publicKeyCertificate(CertificateIssuer.toBase64Pem(partner.leaf))
                .deriveKeyAlgorithm(SymmetricKeyAlgorithm.AES_256).keyDerivationFunction(KeyDerivationFunction.NIST_SP800)
                .keyDerivationHashAlgorithm(KeyDerivationHashAlgorithm.SHA_256)
                .derivationData(x -> x.sharedInformation(SHARED_INFO)).wrappedKeyBlock(kbpkOwnBlock)))).key();
        byte[] shortKey = RANDOM.generateSeed(16);
        Key hmac512 = control.importKey(r -> r.keyMaterial(m -> m.tr31KeyBlock(t -> t.wrappingKeyIdentifier(kbpk.keyArn())
                .wrappedKeyBlock(Tr31.wrap(SecretBytes.of(kbpkKey), hmacHeader("23"), SecretBytes.of(shortKey),
                        RANDOM))))).key();
        assertThat(hmac512.keyAttributes().keyAlgorithm()).isEqualTo(KeyAlgorithm.HMAC_SHA512);
        assertThat(hmac512.keyCheckValue()).isEqualTo(jdkHmac("HmacSHA512", shortKey, new byte[16]).substring(0, 6));
        assertThat(mac(hmac512, "HMAC_SHA512")).isEqualTo(jdkHmac("HmacSHA512", shortKey, HEX.parseHex(MAC_DATA)));
        byte[] longKey = RANDOM.generateSeed(64);
        Key hmac384 = control.importKey(r -> r.keyMaterial(m -> m.tr31KeyBlock(t -> t.wrappingKeyIdentifier(kbpk.keyArn())
                .wrappedKeyBlock(Tr31.wrap(SecretBytes.of(kbpkKey), hmacHeader("22"), SecretBytes.of(longKey),
                        RANDOM))))).key();
        assertThat(mac(hmac384, "HMAC_SHA384")).isEqualTo(jdkHmac("HmacSHA384", longKey, HEX.parseHex(MAC_DATA)));

        // refused: a 32-byte HMAC-SHA256 key (strength 256) under an AES-128 KBPK; a block without its HM block;
        // a key shorter than 128 bits; and none of them is stored
        String aes128Hex = "89E88CF7931444F334BD7547FC3F380C";
        Key weakKbpk = KeyExchangeE2ETest.importByCryptogram(aes128Hex, KeyUsage.TR31_K1_KEY_BLOCK_PROTECTION_KEY,
                KeyAlgorithm.AES_128, false);
        int before = control.listKeys(r -> { }).keys().size();
        String strongUnderWeak = Tr31.wrap(SecretBytes.fromHex(aes128Hex), hmacHeader("21"), SecretBytes.of(sha256Key),
                RANDOM);
        assertThatThrownBy(() -> control.importKey(r -> r.keyMaterial(m -> m.tr31KeyBlock(t -> t
                .wrappingKeyIdentifier(weakKbpk.keyArn()).wrappedKeyBlock(strongUnderWeak)))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("weaker");
        String noHash = Tr31.wrap(SecretBytes.fromHex(aes128Hex), new Tr31Header('D', "M7", 'H', 'C', "00", 'N',
                List.of()), SecretBytes.of(shortKey), RANDOM);
        assertThatThrownBy(() -> control.importKey(r -> r.keyMaterial(m -> m.tr31KeyBlock(t -> t
                .wrappingKeyIdentifier(weakKbpk.keyArn()).wrappedKeyBlock(noHash)))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("HM");
        String tooShort = Tr31.wrap(SecretBytes.fromHex(aes128Hex), hmacHeader("21"), SecretBytes.of(RANDOM.generateSeed(15)),
                RANDOM);
        assertThatThrownBy(() -> control.importKey(r -> r.keyMaterial(m -> m.tr31KeyBlock(t -> t
                .wrappingKeyIdentifier(weakKbpk.keyArn()).wrappedKeyBlock(tooShort)))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("15 bytes");
        assertThat(control.listKeys(r -> { }).keys()).hasSize(before);
        // a 16-byte HMAC-SHA256 key (strength 128) is at home under the AES-128 KBPK
        Key hmacUnderAes128 = control.importKey(r -> r.keyMaterial(m -> m.tr31KeyBlock(t -> t
                .wrappingKeyIdentifier(weakKbpk.keyArn()).wrappedKeyBlock(Tr31.wrap(SecretBytes.fromHex(aes128Hex),
                        hmacHeader("21"), SecretBytes.of(shortKey), RANDOM))))).key();
        assertThat(mac(hmacUnderAes128, "HMAC_SHA256")).isEqualTo(jdkHmac("HmacSHA256", shortKey,
                HEX.parseHex(MAC_DATA)));

        // an exportable 16-byte HMAC key goes back out under the AES-128 KBPK, its length and HM block kept
        Key exportable = control.importKey(r -> r.keyMaterial(m -> m.tr31KeyBlock(t -> t
                .wrappingKeyIdentifier(weakKbpk.keyArn()).wrappedKeyBlock(Tr31.wrap(SecretBytes.fromHex(aes128Hex),
                        new Tr31Header('D', "M7", 'H', 'C', "00", 'E', List.of(
                                new dev.paycrypto.crypto.keyblock.Tr31OptionalBlock("HM", "21"))),
                        SecretBytes.of(shortKey), RANDOM))))).key();
        String exported = control.exportKey(r -> r.exportKeyIdentifier(exportable.keyArn()).keyMaterial(m -> m
                .tr31KeyBlock(t -> t.wrappingKeyIdentifier(weakKbpk.keyArn())))).wrappedKey().keyMaterial();
        var opened = Tr31.unwrap(SecretBytes.fromHex(aes128Hex), exported);
        assertThat(opened.key().copy()).isEqualTo(shortKey);
        assertThat(opened.header().algorithm()).isEqualTo('H');
        assertThat(opened.header().optionalBlock("HM")).contains("21");
        // the 32-byte HMAC-SHA256 key (strength 256) does not leave under it
        Key strong = control.importKey(r -> r.keyMaterial(m -> m.diffieHellmanTr31KeyBlock(d -> d
                .privateKeyIdentifier(service.keyArn()).certificateAuthorityPublicKeyIdentifier(partner.authority.keyArn())
                .publicKeyCertificate(CertificateIssuer.toBase64Pem(partner.leaf))
                .deriveKeyAlgorithm(SymmetricKeyAlgorithm.AES_256).keyDerivationFunction(KeyDerivationFunction.NIST_SP800)
                .keyDerivationHashAlgorithm(KeyDerivationHashAlgorithm.SHA_256)
                .derivationData(x -> x.sharedInformation(SHARED_INFO)).wrappedKeyBlock(Tr31.wrap(SecretBytes.of(aes256),
                        new Tr31Header('D', "M7", 'H', 'C', "00", 'E', List.of(
                                new dev.paycrypto.crypto.keyblock.Tr31OptionalBlock("HM", "21"))),
                        SecretBytes.of(sha256Key), RANDOM))))).key();
        assertThatThrownBy(() -> control.exportKey(r -> r.exportKeyIdentifier(strong.keyArn()).keyMaterial(m -> m
                .tr31KeyBlock(t -> t.wrappingKeyIdentifier(weakKbpk.keyArn())))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("weaker");
    }

    private static final String MAC_DATA = "3132333435363738393031323334353637383930";

    /** A TR-31 header of an HMAC key, generate-and-verify, with its HM block (the X9.143 hash id). */
    private static Tr31Header hmacHeader(String hashId) {
        return new Tr31Header('D', "M7", 'H', 'C', "00", 'N',
                List.of(new dev.paycrypto.crypto.keyblock.Tr31OptionalBlock("HM", hashId)));
    }

    private static String mac(Key key, String algorithm) {
        return data.generateMac(r -> r.keyIdentifier(key.keyArn()).messageData(MAC_DATA)
                .generationAttributes(g -> g.algorithm(algorithm))).mac();
    }

    private static String jdkHmac(String algorithm, byte[] key, byte[] message) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(key, algorithm));
        return HEX.formatHex(mac.doFinal(message));
    }

    /**
     * AWS's ECDH PIN samples (Python ecdh_flows and the Java SDK example) create the K3 key pair without a
     * DeriveKeyUsage and issue the partner's certificate from AWS Private CA's EndEntityCertificate/V1 template
     * (digitalSignature and keyEncipherment, serverAuth and clientAuth, no keyAgreement), then translate PIN blocks
     * between the agreed AES key and a PEK. The same here, both ways, read back by the partner with the JDK.
     */
    @Test
    void aKeyPairWithoutDeriveKeyUsageAndAPrivateCaLeafServeTranslatePinDataAsAwsSamplesDo() throws Exception {
        Partner partner = Partner.withPrivateCaEndEntityLeaf();
        assertThat(partner.leaf.getKeyUsage()[4]).as("keyAgreement").isFalse();
        Key ecdh = keyAgreementKey(KeyAlgorithm.ECC_NIST_P256, null);
        assertThat(ecdh.deriveKeyUsage()).isNull();
        byte[] agreed = partner.agree(ecdh, 16);
        String pekHex = "00112233445566778899AABBCCDDEEFF";
        Key pek = aes128Pek(pekHex);
        String pan = "4111111111111111";
        var iso4 = iso4(pan);
        var agreement = software.amazon.awssdk.services.paymentcryptographydata.model.WrappedKey.builder()
                .wrappedKeyMaterial(m -> m.diffieHellmanSymmetricKey(d -> d
                        .certificateAuthorityPublicKeyIdentifier(partner.authority.keyArn())
                        .publicKeyCertificate(CertificateIssuer.toBase64Pem(partner.leaf)).keyAlgorithm("AES_128")
                        .keyDerivationFunction("NIST_SP800").keyDerivationHashAlgorithm("SHA_256")
                        .sharedInformation(SHARED_INFO))).build();

        // the partner's device enciphers the PIN under the agreed key; the service moves it under its PEK
        String fromDevice = Iso4.encipher(agreed, "1234", pan);
        String underPek = data.translatePinData(r -> r.incomingKeyIdentifier(ecdh.keyArn()).incomingWrappedKey(agreement)
                .outgoingKeyIdentifier(pek.keyArn()).encryptedPinBlock(fromDevice)
                .incomingTranslationAttributes(iso4).outgoingTranslationAttributes(iso4)).pinBlock();
        assertThat(Iso4.decipher(HEX.parseHex(pekHex), underPek, pan)).isEqualTo("1234");

        // and back: a PIN under the PEK leaves under the agreed key, which the partner opens
        String fromHost = Iso4.encipher(HEX.parseHex(pekHex), "987654", pan);
        String toDevice = data.translatePinData(r -> r.incomingKeyIdentifier(pek.keyArn())
                .outgoingKeyIdentifier(ecdh.keyArn()).outgoingWrappedKey(agreement)
                .encryptedPinBlock(fromHost)
                .incomingTranslationAttributes(iso4).outgoingTranslationAttributes(iso4)).pinBlock();
        assertThat(Iso4.decipher(agreed, toDevice, pan)).isEqualTo("987654");

        // a certificate whose key usage is an authority's only (keyCertSign, cRLSign) is still refused
        X509Certificate authorityOnly = partner.reissue(CertificateIssuer.Purpose.CERTIFICATE_AUTHORITY);
        assertThatThrownBy(() -> data.translatePinData(r -> r.incomingKeyIdentifier(ecdh.keyArn())
                .incomingWrappedKey(w -> w.wrappedKeyMaterial(m -> m.diffieHellmanSymmetricKey(d -> d
                        .certificateAuthorityPublicKeyIdentifier(partner.authority.keyArn())
                        .publicKeyCertificate(CertificateIssuer.toBase64Pem(authorityOnly)).keyAlgorithm("AES_128")
                        .keyDerivationFunction("NIST_SP800").keyDerivationHashAlgorithm("SHA_256")
                        .sharedInformation(SHARED_INFO))))
                .outgoingKeyIdentifier(pek.keyArn()).encryptedPinBlock(fromDevice)
                .incomingTranslationAttributes(iso4).outgoingTranslationAttributes(iso4)))
                .isInstanceOf(software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException.class)
                .hasMessageContaining("key usage does not allow key agreement");
    }

    /**
     * AWS's Java ECDH sample ({@code LocalCAManager}) issues its terminals' certificates with the issuer name built
     * from the authority's name as a string, which puts its relative distinguished names in the reverse order, and
     * its README shows the service taking them. Taken here too, signature checked; other orders still do not chain.
     */
    @Test
    void aTerminalCertificateNamingItsAuthorityInReverseOrderIsTakenAsAwsJavaSampleIssuesIt() throws Exception {
        Partner partner = Partner.on("secp256r1", KeyAlgorithm.ECC_NIST_P256,
                "CN=ECDH Demo CA, O=AWS Payment Cryptography Demo, C=US");
        X509Certificate reversed = partner.leafIssuedAs(new org.bouncycastle.asn1.x500.X500Name(
                partner.root.getSubjectX500Principal().getName()));
        assertThat(reversed.getIssuerX500Principal()).as("the sample's issuer name differs from the root's subject")
                .isNotEqualTo(partner.root.getSubjectX500Principal());
        Key ecdh = keyAgreementKey(KeyAlgorithm.ECC_NIST_P256, null);
        byte[] agreed = partner.agree(ecdh, 16);
        String pekHex = "0123456789ABCDEFFEDCBA9876543210";
        Key pek = aes128Pek(pekHex);
        String pan = "4111111111111111";
        var iso4 = iso4(pan);
        java.util.function.Function<X509Certificate, software.amazon.awssdk.services.paymentcryptographydata.model
                .TranslatePinDataRequest> fromDevice = leaf -> {
            try {
                String block = Iso4.encipher(agreed, "1234", pan);
                return software.amazon.awssdk.services.paymentcryptographydata.model.TranslatePinDataRequest.builder()
                        .incomingKeyIdentifier(ecdh.keyArn()).incomingWrappedKey(w -> w.wrappedKeyMaterial(m -> m
                                .diffieHellmanSymmetricKey(d -> d
                                        .certificateAuthorityPublicKeyIdentifier(partner.authority.keyArn())
                                        .publicKeyCertificate(CertificateIssuer.toBase64Pem(leaf)).keyAlgorithm("AES_128")
                                        .keyDerivationFunction("NIST_SP800").keyDerivationHashAlgorithm("SHA_256")
                                        .sharedInformation(SHARED_INFO))))
                        .outgoingKeyIdentifier(pek.keyArn()).encryptedPinBlock(block)
                        .incomingTranslationAttributes(iso4).outgoingTranslationAttributes(iso4).build();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        String underPek = data.translatePinData(fromDevice.apply(reversed)).pinBlock();
        assertThat(Iso4.decipher(HEX.parseHex(pekHex), underPek, pan)).isEqualTo("1234");

        // the same names in another order are another name
        X509Certificate shuffled = partner.leafIssuedAs(new org.bouncycastle.asn1.x500.X500Name(
                "O=AWS Payment Cryptography Demo, CN=ECDH Demo CA, C=US"));
        assertThatThrownBy(() -> data.translatePinData(fromDevice.apply(shuffled)))
                .isInstanceOf(software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException.class)
                .hasMessageContaining("the names do not chain");
        // and the reversed name signed by another key is not the authority's
        KeyPair impostor = ec("secp256r1");
        Partner forger = new Partner(partner.keyPair, null, partner.authority, partner.root, impostor);
        assertThatThrownBy(() -> data.translatePinData(fromDevice.apply(forger.leafIssuedAs(
                new org.bouncycastle.asn1.x500.X500Name(partner.root.getSubjectX500Principal().getName())))))
                .isInstanceOf(software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException.class)
                .hasMessageContaining("is not signed by the certificate authority");
    }

    /** An AES-128 PIN encryption key of clear value {@code hex}, imported by RSA wrap. */
    private static Key aes128Pek(String hex) throws Exception {
        return E2E.importKey(control, hex, KeyUsage.TR31_P0_PIN_ENCRYPTION_KEY, KeyAlgorithm.AES_128,
                software.amazon.awssdk.services.paymentcryptography.model.KeyModesOfUse.builder().encrypt(true)
                        .decrypt(true).wrap(true).unwrap(true).build(), KeyAlgorithm.RSA_3072);
    }

    private static software.amazon.awssdk.services.paymentcryptographydata.model.TranslationIsoFormats iso4(String pan) {
        return software.amazon.awssdk.services.paymentcryptographydata.model.TranslationIsoFormats.builder()
                .isoFormat4(f -> f.primaryAccountNumber(pan)).build();
    }

    /**
     * ISO 9564-1 format 4 (AES), written here from the standard: the plain PIN field (4, PIN length, PIN digits, A
     * fill, 8 random bytes) is enciphered, XORed with the PAN field (PAN length − 12, then the PAN, zero-filled),
     * and enciphered again.
     */
    private static final class Iso4 {

        static String encipher(byte[] key, String pin, String pan) throws Exception {
            StringBuilder field = new StringBuilder("4").append(Integer.toHexString(pin.length())).append(pin);
            while (field.length() < 16) {
                field.append('A');
            }
            byte[] plain = new byte[16];
            System.arraycopy(HEX.parseHex(field.toString()), 0, plain, 0, 8);
            System.arraycopy(RANDOM.generateSeed(8), 0, plain, 8, 8);
            byte[] once = aes(Cipher.ENCRYPT_MODE, key, plain);
            return HEX.formatHex(aes(Cipher.ENCRYPT_MODE, key, xor(once, panField(pan))));
        }

        static String decipher(byte[] key, String block, String pan) throws Exception {
            byte[] once = xor(aes(Cipher.DECRYPT_MODE, key, HEX.parseHex(block)), panField(pan));
            String field = HEX.formatHex(aes(Cipher.DECRYPT_MODE, key, once));
            assertThat(field.charAt(0)).isEqualTo('4');
            int length = Character.digit(field.charAt(1), 16);
            assertThat(field.substring(2 + length, 16)).matches("A*");
            return field.substring(2, 2 + length);
        }

        private static byte[] panField(String pan) {
            StringBuilder field = new StringBuilder().append(pan.length() - 12).append(pan);
            while (field.length() < 32) {
                field.append('0');
            }
            return HEX.parseHex(field.toString());
        }

        private static byte[] aes(int mode, byte[] key, byte[] block) throws Exception {
            Cipher aes = Cipher.getInstance("AES/ECB/NoPadding");
            aes.init(mode, new SecretKeySpec(key, "AES"));
            return aes.doFinal(block);
        }

        private static byte[] xor(byte[] a, byte[] b) {
            byte[] out = new byte[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = (byte) (a[i] ^ b[i]);
            }
            return out;
        }
    }

    @Test
    void anAgreedDataKeyEncryptsAndAnAgreedKbpkBlockIsTranslatedToALocalKek() throws Exception {
        Partner partner = Partner.onP256();
        Key dataAgreement = keyAgreementKey(KeyAlgorithm.ECC_NIST_P256, "TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY");
        byte[] dataKey = partner.agree(dataAgreement, 16);
        // the service encrypts under the agreed AES-128 key (the key identifier is the K3 key pair)...
        String plain = "6BC1BEE22E409F96E93D7E117393172A";
        var encrypted = data.encryptData(r -> r.keyIdentifier(dataAgreement.keyArn()).plainText(plain)
                .wrappedKey(w -> w.wrappedKeyMaterial(m -> m.diffieHellmanSymmetricKey(d -> d
                        .certificateAuthorityPublicKeyIdentifier(partner.authority.keyArn())
                        .publicKeyCertificate(CertificateIssuer.toBase64Pem(partner.leaf))
                        .keyAlgorithm(
                                software.amazon.awssdk.services.paymentcryptographydata.model.SymmetricKeyAlgorithm.AES_128)
                        .keyDerivationFunction(
                                software.amazon.awssdk.services.paymentcryptographydata.model.KeyDerivationFunction.NIST_SP800)
                        .keyDerivationHashAlgorithm(software.amazon.awssdk.services.paymentcryptographydata.model
                                .KeyDerivationHashAlgorithm.SHA_256)
                        .sharedInformation(SHARED_INFO))))
                .encryptionAttributes(a -> a.symmetric(m -> m.mode(
                        software.amazon.awssdk.services.paymentcryptographydata.model.EncryptionMode.ECB))));
        // ...and the partner, holding the same key, reads it with the JDK
        Cipher aes = Cipher.getInstance("AES/ECB/NoPadding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(dataKey, "AES"));
        assertThat(HEX.formatHex(aes.doFinal(HEX.parseHex(encrypted.cipherText())))).isEqualTo(plain);
        assertThat(encrypted.keyArn()).isEqualTo(dataAgreement.keyArn());
        assertThat(encrypted.keyCheckValue()).isEqualTo(cmacKcv(dataKey));

        // a K3 key of another DeriveKeyUsage does not give a data key
        Key kbpkAgreement = keyAgreementKey(KeyAlgorithm.ECC_NIST_P256, "TR31_K1_KEY_BLOCK_PROTECTION_KEY");
        assertThatThrownBy(() -> data.encryptData(r -> r.keyIdentifier(kbpkAgreement.keyArn()).plainText(plain)
                .wrappedKey(w -> w.wrappedKeyMaterial(m -> m.diffieHellmanSymmetricKey(d -> d
                        .certificateAuthorityPublicKeyIdentifier(partner.authority.keyArn())
                        .publicKeyCertificate(CertificateIssuer.toBase64Pem(partner.leaf)).keyAlgorithm("AES_128")
                        .keyDerivationFunction("NIST_SP800").keyDerivationHashAlgorithm("SHA_256")
                        .sharedInformation(SHARED_INFO))))
                .encryptionAttributes(a -> a.symmetric(m -> m.mode("ECB")))))
                .isInstanceOf(software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException.class)
                .hasMessageContaining("DeriveKeyUsage");

        // TranslateKeyMaterial: the partner's CVK under the agreed KBPK leaves under a local KEK
        byte[] kbpk = partner.agree(kbpkAgreement, 16);
        String cvk = "99999999999999998888888888888888";
        String incoming = Tr31.wrap(SecretBytes.of(kbpk), new Tr31Header('D', "C0", 'T', 'C', "00", 'E', List.of()),
                SecretBytes.fromHex(cvk), RANDOM);
        String kekHex = "89E88CF7931444F334BD7547FC3F380C";
        Key kek = KeyExchangeE2ETest.importByCryptogram(kekHex, KeyUsage.TR31_K1_KEY_BLOCK_PROTECTION_KEY,
                KeyAlgorithm.AES_128, false);
        var translated = data.translateKeyMaterial(r -> r.keyCheckValueAlgorithm("ANSI_X9_24")
                .incomingKeyMaterial(i -> i.diffieHellmanTr31KeyBlock(d -> d.privateKeyIdentifier(kbpkAgreement.keyArn())
                        .certificateAuthorityPublicKeyIdentifier(partner.authority.keyArn())
                        .publicKeyCertificate(CertificateIssuer.toBase64Pem(partner.leaf)).deriveKeyAlgorithm("AES_128")
                        .keyDerivationFunction("NIST_SP800").keyDerivationHashAlgorithm("SHA_256")
                        .derivationData(x -> x.sharedInformation(SHARED_INFO)).wrappedKeyBlock(incoming)))
                .outgoingKeyMaterial(o -> o.tr31KeyBlock(t -> t.wrappingKeyIdentifier(kek.keyArn())))).wrappedKey();
        assertThat(translated.wrappedKeyMaterialFormatAsString()).isEqualTo("TR31_KEY_BLOCK");
        assertThat(translated.keyCheckValue()).isEqualTo(KeyExchangeE2ETest.tdesKcv(cvk));
        var opened = Tr31.unwrap(SecretBytes.fromHex(kekHex), translated.wrappedKeyMaterial());
        assertThat(HEX.formatHex(opened.key().copy())).isEqualTo(cvk);
        assertThat(opened.header().keyUsage()).isEqualTo("C0");
        assertThat(opened.header().modeOfUse()).isEqualTo('C');

        // a block its sender marked non-exportable is not translated
        String pinned = Tr31.wrap(SecretBytes.of(kbpk), new Tr31Header('D', "C0", 'T', 'C', "00", 'N', List.of()),
                SecretBytes.fromHex(cvk), RANDOM);
        assertThatThrownBy(() -> data.translateKeyMaterial(r -> r
                .incomingKeyMaterial(i -> i.diffieHellmanTr31KeyBlock(d -> d.privateKeyIdentifier(kbpkAgreement.keyArn())
                        .certificateAuthorityPublicKeyIdentifier(partner.authority.keyArn())
                        .publicKeyCertificate(CertificateIssuer.toBase64Pem(partner.leaf)).deriveKeyAlgorithm("AES_128")
                        .keyDerivationFunction("NIST_SP800").keyDerivationHashAlgorithm("SHA_256")
                        .derivationData(x -> x.sharedInformation(SHARED_INFO)).wrappedKeyBlock(pinned)))
                .outgoingKeyMaterial(o -> o.tr31KeyBlock(t -> t.wrappingKeyIdentifier(kek.keyArn())))))
                .isInstanceOf(software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException.class)
                .hasMessageContaining("non-exportable");
    }

    /** A partner HSM on one curve with its own authority, imported into the service as a root. */
    private record Partner(KeyPair keyPair, X509Certificate leaf, Key authority, X509Certificate root,
                           KeyPair ca) {

        /**
         * A P-256 partner whose leaf has the extensions of AWS Private CA's EndEntityCertificate/V1 template:
         * key usage digitalSignature and keyEncipherment, extended key usage serverAuth and clientAuth.
         */
        static Partner withPrivateCaEndEntityLeaf() throws Exception {
            Partner partner = onP256();
            Instant now = Instant.now();
            var builder = new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(partner.root,
                    java.math.BigInteger.valueOf(RANDOM.nextLong() & Long.MAX_VALUE),
                    java.util.Date.from(now.minus(Duration.ofDays(1))), java.util.Date.from(now.plus(Duration.ofDays(30))),
                    new javax.security.auth.x500.X500Principal("CN=Partner PIN Pad"), partner.keyPair.getPublic());
            builder.addExtension(org.bouncycastle.asn1.x509.Extension.basicConstraints, true,
                    new org.bouncycastle.asn1.x509.BasicConstraints(false));
            builder.addExtension(org.bouncycastle.asn1.x509.Extension.keyUsage, true,
                    new org.bouncycastle.asn1.x509.KeyUsage(org.bouncycastle.asn1.x509.KeyUsage.digitalSignature
                            | org.bouncycastle.asn1.x509.KeyUsage.keyEncipherment));
            builder.addExtension(org.bouncycastle.asn1.x509.Extension.extendedKeyUsage, false,
                    new org.bouncycastle.asn1.x509.ExtendedKeyUsage(new org.bouncycastle.asn1.x509.KeyPurposeId[] {
                            org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_serverAuth,
                            org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_clientAuth}));
            X509Certificate leaf = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(
                    builder.build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA")
                            .build(partner.ca.getPrivate())));
            return new Partner(partner.keyPair, leaf, partner.authority, partner.root, partner.ca);
        }

        /** This partner's key for key agreement, in a certificate its authority's key signs under {@code issuer}. */
        X509Certificate leafIssuedAs(org.bouncycastle.asn1.x500.X500Name issuer) throws Exception {
            Instant now = Instant.now();
            var builder = new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(issuer,
                    java.math.BigInteger.valueOf(RANDOM.nextLong() & Long.MAX_VALUE),
                    java.util.Date.from(now.minus(Duration.ofDays(1))), java.util.Date.from(now.plus(Duration.ofDays(30))),
                    new org.bouncycastle.asn1.x500.X500Name("CN=ECDH Terminal"), keyPair.getPublic());
            builder.addExtension(org.bouncycastle.asn1.x509.Extension.keyUsage, true,
                    new org.bouncycastle.asn1.x509.KeyUsage(org.bouncycastle.asn1.x509.KeyUsage.keyAgreement));
            return new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(
                    builder.build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA")
                            .build(ca.getPrivate())));
        }

        /** This partner's key in another certificate from its authority, for another purpose. */
        X509Certificate reissue(CertificateIssuer.Purpose purpose) {
            Instant now = Instant.now();
            return CertificateIssuer.issue(root, ca.getPrivate(), "CN=Partner ECC HSM", keyPair.getPublic(), purpose,
                    now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), RANDOM);
        }

        static Partner onP256() throws Exception {
            return on("secp256r1", KeyAlgorithm.ECC_NIST_P256);
        }

        static Partner on(String curve, KeyAlgorithm algorithm) throws Exception {
            return on(curve, algorithm, "CN=Partner ECC Root");
        }

        static Partner on(String curve, KeyAlgorithm algorithm, String rootName) throws Exception {
            Instant now = Instant.now();
            KeyPair ca = ec(curve);
            X509Certificate root = CertificateIssuer.selfSignedAuthority(rootName, ca.getPublic(),
                    ca.getPrivate(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)), RANDOM);
            KeyPair pair = ec(curve);
            X509Certificate leaf = CertificateIssuer.issue(root, ca.getPrivate(), "CN=Partner ECC HSM",
                    pair.getPublic(), CertificateIssuer.Purpose.KEY_AGREEMENT, now.minus(Duration.ofDays(1)),
                    now.plus(Duration.ofDays(30)), RANDOM);
            Key authority = control.importKey(r -> r.keyMaterial(m -> m.rootCertificatePublicKey(c -> c
                    .keyAttributes(a -> a.keyUsage(KeyUsage.TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE)
                            .keyClass(KeyClass.PUBLIC_KEY).keyAlgorithm(algorithm)
                            .keyModesOfUse(u -> u.verify(true)))
                    .publicKeyCertificate(CertificateIssuer.toBase64Pem(root))))).key();
            return new Partner(pair, leaf, authority, root, ca);
        }

        /** The key this partner agrees with a K3 key of the service (JDK ECDH, SP 800-56A KDF with SHA-256). */
        byte[] agree(Key serviceKey, int length) throws Exception {
            X509Certificate certificate = ImportedCvkVectorsE2ETest.certificate(control.getPublicKeyCertificate(
                    r -> r.keyIdentifier(serviceKey.keyArn())).keyCertificate());
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(keyPair.getPrivate());
            agreement.doPhase(certificate.getPublicKey(), true);
            return concatenationKdfSha256(agreement.generateSecret(), HEX.parseHex(SHARED_INFO), length);
        }
    }

    private static Key keyAgreementKey(KeyAlgorithm curve) {
        return keyAgreementKey(curve, "TR31_K1_KEY_BLOCK_PROTECTION_KEY");
    }

    private static Key keyAgreementKey(KeyAlgorithm curve, String deriveKeyUsage) {
        return control.createKey(r -> r.exportable(false).keyAttributes(a -> a
                .keyUsage(KeyUsage.TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT).keyClass(KeyClass.ASYMMETRIC_KEY_PAIR)
                .keyAlgorithm(curve).keyModesOfUse(u -> u.deriveKey(true)))
                .deriveKeyUsage(deriveKeyUsage)).key();
    }

    /** AES CMAC check value (the service's default for AES) with Bouncy Castle, independently of the service. */
    private static String cmacKcv(byte[] key) {
        org.bouncycastle.crypto.macs.CMac cmac = new org.bouncycastle.crypto.macs.CMac(
                org.bouncycastle.crypto.engines.AESEngine.newInstance());
        cmac.init(new org.bouncycastle.crypto.params.KeyParameter(key));
        cmac.update(new byte[16], 0, 16);
        byte[] out = new byte[16];
        cmac.doFinal(out, 0);
        return HEX.formatHex(out).substring(0, 6);
    }

    private static KeyPair ec(String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve), RANDOM);
        return generator.generateKeyPair();
    }

    /** NIST SP 800-56A §5.8.2.1 one-step KDF with SHA-256: H(counter ‖ Z ‖ OtherInfo), counter from 1. */
    private static byte[] concatenationKdfSha256(byte[] z, byte[] otherInfo, int length) throws Exception {
        ByteBuffer out = ByteBuffer.allocate(length + 32);
        for (int counter = 1; out.position() < length; counter++) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(ByteBuffer.allocate(4).putInt(counter).array());
            sha256.update(z);
            sha256.update(otherInfo);
            out.put(sha256.digest());
        }
        return java.util.Arrays.copyOf(out.array(), length);
    }

    /** AES check value (ANSI X9.24 form: a zero block under the key) with the JDK, independently of the service. */
    private static String aesKcv(String clearHex) throws Exception {
        Cipher aes = Cipher.getInstance("AES/ECB/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(HEX.parseHex(clearHex), "AES"));
        return HEX.formatHex(aes.doFinal(new byte[16])).substring(0, 6);
    }
}
