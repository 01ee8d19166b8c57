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
        Instant now = Instant.now();
        KeyPair partnerCa = ec("secp521r1");
        X509Certificate root = CertificateIssuer.selfSignedAuthority("CN=Partner ECC Root", partnerCa.getPublic(),
                partnerCa.getPrivate(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)), RANDOM);
        KeyPair partner = ec("secp521r1");
        X509Certificate partnerLeaf = CertificateIssuer.issue(root, partnerCa.getPrivate(), "CN=Partner HSM",
                partner.getPublic(), CertificateIssuer.Purpose.KEY_AGREEMENT, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), RANDOM);
        Key authority = control.importKey(r -> r.keyMaterial(m -> m.rootCertificatePublicKey(c -> c
                .keyAttributes(a -> a.keyUsage(KeyUsage.TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE)
                        .keyClass(KeyClass.PUBLIC_KEY).keyAlgorithm(KeyAlgorithm.ECC_NIST_P521)
                        .keyModesOfUse(u -> u.verify(true)))
                .publicKeyCertificate(CertificateIssuer.toBase64Pem(root))))).key();
        X509Certificate serviceCertificate = ImportedCvkVectorsE2ETest.certificate(control.getPublicKeyCertificate(
                r -> r.keyIdentifier(service.keyArn())).keyCertificate());

        // the partner's side: Z by ECDH, then the SP 800-56A concatenation KDF
        KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
        agreement.init(partner.getPrivate());
        agreement.doPhase(serviceCertificate.getPublicKey(), true);
        byte[] derived = concatenationKdfSha256(agreement.generateSecret(), HEX.parseHex(SHARED_INFO), 32);

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
                .isInstanceOf(ValidationException.class).hasMessageContaining("not signed by");
    }

    private static Key keyAgreementKey(KeyAlgorithm curve) {
        return control.createKey(r -> r.exportable(false).keyAttributes(a -> a
                .keyUsage(KeyUsage.TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT).keyClass(KeyClass.ASYMMETRIC_KEY_PAIR)
                .keyAlgorithm(curve).keyModesOfUse(u -> u.deriveKey(true)))
                .deriveKeyUsage("TR31_K1_KEY_BLOCK_PROTECTION_KEY")).key();
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
