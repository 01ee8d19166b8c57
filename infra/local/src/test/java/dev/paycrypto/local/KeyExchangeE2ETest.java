package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.asymmetric.CertificateIssuer;
import dev.paycrypto.crypto.keyblock.Tr31;
import dev.paycrypto.crypto.keyblock.Tr31Unwrapped;
import java.io.InputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.paymentcryptography.model.GetParametersForImportResponse;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyCheckValueAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyClass;
import software.amazon.awssdk.services.paymentcryptography.model.KeyExportability;
import software.amazon.awssdk.services.paymentcryptography.model.KeyMaterialType;
import software.amazon.awssdk.services.paymentcryptography.model.KeyOrigin;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptography.model.ValidationException;
import software.amazon.awssdk.services.paymentcryptography.model.WrappedKey;
import software.amazon.awssdk.services.paymentcryptography.model.WrappedKeyMaterialFormat;
import software.amazon.awssdk.services.paymentcryptography.model.WrappingKeySpec;

/**
 * Key exchange through the SDK's control-plane client (User Guide, "Importing and exporting keys"): the published
 * TR-31 blocks of vectors/tr31.json imported under their KBPKs (brought in as RSA key cryptograms); keys exported
 * by TR-31 and opened here with the crypto layer; DUKPT initial keys exported for one device and compared with
 * the X9.24 vectors; a partner's certificate authority imported and a key exported to the partner by RSA wrap.
 */
class KeyExchangeE2ETest extends LocalServiceTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final SecureRandom RANDOM = new SecureRandom();

    static Stream<Arguments> tr31Vectors() throws Exception {
        try (InputStream in = KeyExchangeE2ETest.class.getResourceAsStream("/vectors/tr31.json")) {
            List<Arguments> selected = new ArrayList<>();
            new ObjectMapper().readTree(in).get("vectors").forEach(v -> {
                String kbpk = v.get("kbpk").asText();
                char version = v.get("key_block").asText().charAt(0);
                // KBPKs of TDES length travel as RSA key cryptograms; AES-256 KBPKs only by ECDH (tested there);
                // version E is not a version the service takes (A, B, C and D)
                if ((kbpk.length() == 32 || kbpk.length() == 48) && version != 'E') {
                    selected.add(Arguments.of(v.get("id").asText(), v));
                }
            });
            return selected.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tr31Vectors")
    void importsEachPublishedTr31BlockUnderItsKbpk(String id, JsonNode vector) throws Exception {
        String kbpkHex = vector.get("kbpk").asText();
        Key kbpk = importByCryptogram(kbpkHex, KeyUsage.TR31_K0_KEY_ENCRYPTION_KEY,
                kbpkHex.length() == 32 ? KeyAlgorithm.TDES_2_KEY : KeyAlgorithm.TDES_3_KEY, false);
        String expectedKey = vector.get("expected").get("key").asText();
        String block = vector.get("key_block").asText();
        boolean weaker = expectedKey.length() > kbpkHex.length();

        if (expectedKey.length() == 16) {
            // single-length DES: published, but not a key this service holds
            assertThatThrownBy(() -> importTr31(kbpk.keyArn(), block)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("does not use");
            return;
        }
        if (weaker) {
            int before = control.listKeys(r -> { }).keys().size();
            assertThatThrownBy(() -> importTr31(kbpk.keyArn(), block)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("weaker");
            assertThat(control.listKeys(r -> { }).keys()).hasSize(before);
            return;
        }
        Key key = importTr31(kbpk.keyArn(), block);
        JsonNode header = vector.get("header");
        assertThat(key.keyOrigin()).isEqualTo(KeyOrigin.EXTERNAL);
        assertThat(key.keyAttributes().keyUsageAsString()).startsWith("TR31_" + header.get("key_usage").asText());
        assertThat(key.exportable()).isEqualTo(!"N".equals(header.get("exportability").asText()));
        assertThat(key.keyCheckValue()).as(vector.get("source").asText()).isEqualTo(tdesKcv(expectedKey));
    }

    @Test
    void exportsByTr31WithMoreRestrictiveHeadersAndTheBlockOpensToTheSameKey() throws Exception {
        String kekHex = "89E88CF7931444F334BD7547FC3F380C";
        Key kek = importByCryptogram(kekHex, KeyUsage.TR31_K1_KEY_BLOCK_PROTECTION_KEY, KeyAlgorithm.AES_128, false);
        String cvkHex = "0123456789ABCDEFFEDCBA9876543210";
        Key cvk = importByCryptogram(cvkHex, KeyUsage.TR31_C0_CARD_VERIFICATION_KEY, KeyAlgorithm.TDES_2_KEY, true);

        WrappedKey wrapped = control.exportKey(r -> r.exportKeyIdentifier(cvk.keyArn()).keyMaterial(m -> m
                .tr31KeyBlock(t -> t.wrappingKeyIdentifier(kek.keyArn()).keyBlockHeaders(h -> h
                        .keyModesOfUse(u -> u.verify(true)).keyExportability(KeyExportability.NON_EXPORTABLE)
                        .keyVersion("07").optionalBlocks(java.util.Map.of("KS", "00604B120F9292800000"))))))
                .wrappedKey();

        assertThat(wrapped.wrappedKeyMaterialFormat()).isEqualTo(WrappedKeyMaterialFormat.TR31_KEY_BLOCK);
        assertThat(wrapped.wrappingKeyArn()).isEqualTo(kek.keyArn());
        assertThat(wrapped.keyCheckValue()).isEqualTo("08D7B4");
        Tr31Unwrapped opened = Tr31.unwrap(SecretBytes.fromHex(kekHex), wrapped.keyMaterial());
        assertThat(HEX.formatHex(opened.key().copy())).isEqualTo(cvkHex);
        assertThat(opened.header().version()).isEqualTo('D');
        assertThat(opened.header().keyUsage()).isEqualTo("C0");
        assertThat(opened.header().modeOfUse()).isEqualTo('V');
        assertThat(opened.header().exportability()).isEqualTo('N');
        assertThat(opened.header().keyVersion()).isEqualTo("07");
        assertThat(opened.header().optionalBlock("KS")).contains("00604B120F9292800000");

        // and back in under the same KEK: the attributes are the header's
        Key reimported = importTr31(kek.keyArn(), wrapped.keyMaterial());
        assertThat(reimported.keyCheckValue()).isEqualTo("08D7B4");
        assertThat(reimported.keyAttributes().keyModesOfUse().verify()).isTrue();
        assertThat(reimported.keyAttributes().keyModesOfUse().generate()).isFalse();
        assertThat(reimported.exportable()).isFalse();
        // a tampered block, and a key of another usage as the KBPK, are refused, and nothing is stored
        int before = control.listKeys(r -> { }).keys().size();
        String block = wrapped.keyMaterial();
        String tampered = block.substring(0, 40) + (block.charAt(40) == '0' ? '1' : '0') + block.substring(41);
        assertThatThrownBy(() -> importTr31(kek.keyArn(), tampered)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("does not open");
        assertThatThrownBy(() -> importTr31(cvk.keyArn(), block)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("TR31_K0_KEY_ENCRYPTION_KEY");
        assertThat(control.listKeys(r -> { }).keys()).hasSize(before);
        // a non-exportable key does not leave
        assertThatThrownBy(() -> control.exportKey(r -> r.exportKeyIdentifier(reimported.keyArn())
                .keyMaterial(m -> m.tr31KeyBlock(t -> t.wrappingKeyIdentifier(kek.keyArn())))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not exportable");
        // headers may only restrict
        assertThatThrownBy(() -> control.exportKey(r -> r.exportKeyIdentifier(cvk.keyArn()).keyMaterial(m -> m
                .tr31KeyBlock(t -> t.wrappingKeyIdentifier(kek.keyArn()).keyBlockHeaders(h -> h
                        .keyModesOfUse(u -> u.generate(true).verify(true).noRestrictions(true)))))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("more restrictive");
    }

    @Test
    void exportsUnderTdesKeysAsVersionBAndNeverUnderAWeakerKey() throws Exception {
        String kekHex = "DD7515F2BFC17F85CE48F3CA25CB21F6";
        Key tdesKek = importByCryptogram(kekHex, KeyUsage.TR31_K0_KEY_ENCRYPTION_KEY, KeyAlgorithm.TDES_2_KEY, false);
        Key cvk = importByCryptogram("3F419E1CB7079442AA37474C2EFBF8B8", KeyUsage.TR31_C0_CARD_VERIFICATION_KEY,
                KeyAlgorithm.TDES_2_KEY, true);
        WrappedKey wrapped = control.exportKey(r -> r.exportKeyIdentifier(cvk.keyArn())
                .keyMaterial(m -> m.tr31KeyBlock(t -> t.wrappingKeyIdentifier(tdesKek.keyArn())))).wrappedKey();
        Tr31Unwrapped opened = Tr31.unwrap(SecretBytes.fromHex(kekHex), wrapped.keyMaterial());
        assertThat(opened.header().version()).isEqualTo('B');
        assertThat(HEX.formatHex(opened.key().copy())).isEqualTo("3F419E1CB7079442AA37474C2EFBF8B8");

        Key aesKey = control.createKey(r -> r.exportable(true).keyAttributes(a -> a
                .keyUsage(KeyUsage.TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY).keyClass(KeyClass.SYMMETRIC_KEY)
                .keyAlgorithm(KeyAlgorithm.AES_128).keyModesOfUse(u -> u.encrypt(true).decrypt(true)
                        .wrap(true).unwrap(true)))).key();
        assertThatThrownBy(() -> control.exportKey(r -> r.exportKeyIdentifier(aesKey.keyArn())
                .keyMaterial(m -> m.tr31KeyBlock(t -> t.wrappingKeyIdentifier(tdesKek.keyArn())))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("weaker");
        // a key of another usage is no wrapping key
        assertThatThrownBy(() -> control.exportKey(r -> r.exportKeyIdentifier(cvk.keyArn())
                .keyMaterial(m -> m.tr31KeyBlock(t -> t.wrappingKeyIdentifier(aesKey.keyArn())))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("TR31_K0_KEY_ENCRYPTION_KEY");
    }

    @Test
    void exportsTdesAndAesDukptInitialKeysThatMatchTheX924Vectors() throws Exception {
        String kekHex = "000102030405060708090A0B0C0D0E0F";
        Key kek = importByCryptogram(kekHex, KeyUsage.TR31_K1_KEY_BLOCK_PROTECTION_KEY, KeyAlgorithm.AES_128, false);
        // ANSI X9.24-1:2009 A.4 (vectors/dukpt_tdes.json, tdes-ipek): the counter bits of the KSN are ignored
        Key tdesBdk = importBdk("0123456789ABCDEFFEDCBA9876543210", KeyAlgorithm.TDES_2_KEY);
        WrappedKey ipek = control.exportKey(r -> r.exportKeyIdentifier(tdesBdk.keyArn())
                .exportAttributes(a -> a.exportDukptInitialKey(d -> d.keySerialNumber("FFFF9876543210E00007")))
                .keyMaterial(m -> m.tr31KeyBlock(t -> t.wrappingKeyIdentifier(kek.keyArn())))).wrappedKey();
        Tr31Unwrapped opened = Tr31.unwrap(SecretBytes.fromHex(kekHex), ipek.keyMaterial());
        assertThat(HEX.formatHex(opened.key().copy())).isEqualTo("6AC292FAA1315B4D858AB3A3D7D5933A");
        assertThat(opened.header().keyUsage()).isEqualTo("B1");
        assertThat(opened.header().modeOfUse()).isEqualTo('X');
        assertThat(ipek.keyCheckValue()).isEqualTo(tdesKcv("6AC292FAA1315B4D858AB3A3D7D5933A"));

        // ANSI X9.24-3:2017 supplement (vectors/dukpt_aes.json, aes-AES128-ik): initial key ID 1234567890123456
        Key aesBdk = importBdk("FEDCBA9876543210F1F1F1F1F1F1F1F1", KeyAlgorithm.AES_128);
        WrappedKey ik = control.exportKey(r -> r.exportKeyIdentifier(aesBdk.keyArn())
                .exportAttributes(a -> a.exportDukptInitialKey(d -> d.keySerialNumber("123456789012345600000001")))
                .keyMaterial(m -> m.tr31KeyBlock(t -> t.wrappingKeyIdentifier(kek.keyArn())))).wrappedKey();
        assertThat(HEX.formatHex(Tr31.unwrap(SecretBytes.fromHex(kekHex), ik.keyMaterial()).key().copy()))
                .isEqualTo("1273671EA26AC29AFA4D1084127652A1");
        // the initial key is not stored
        assertThat(control.listKeys(r -> { }).keys()).noneMatch(k -> k.keyCheckValue().equals(ipek.keyCheckValue()));
        assertThatThrownBy(() -> control.exportKey(r -> r.exportKeyIdentifier(tdesBdk.keyArn())
                .exportAttributes(a -> a.exportDukptInitialKey(d -> d.keySerialNumber("123456789012345600000001")))
                .keyMaterial(m -> m.tr31KeyBlock(t -> t.wrappingKeyIdentifier(kek.keyArn())))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("20 hex digits");
    }

    @Test
    void exportsByRsaWrapToAPartnerCertifiedByAnImportedRoot() throws Exception {
        Instant now = Instant.now();
        KeyPair caPair = rsa(4096);
        X509Certificate ca = CertificateIssuer.selfSignedAuthority("CN=Partner Root", caPair.getPublic(),
                caPair.getPrivate(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)), RANDOM);
        Key root = control.importKey(r -> r.keyMaterial(m -> m.rootCertificatePublicKey(c -> c
                .keyAttributes(a -> a.keyUsage(KeyUsage.TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE)
                        .keyClass(KeyClass.PUBLIC_KEY).keyAlgorithm(KeyAlgorithm.RSA_4096)
                        .keyModesOfUse(u -> u.verify(true)))
                .publicKeyCertificate(CertificateIssuer.toBase64Pem(ca))))).key();
        assertThat(root.keyAttributes().keyClass()).isEqualTo(KeyClass.PUBLIC_KEY);
        assertThat(root.keyOrigin()).isEqualTo(KeyOrigin.EXTERNAL);

        KeyPair partner = rsa(3072);
        X509Certificate leaf = CertificateIssuer.issue(ca, caPair.getPrivate(), "CN=Partner HSM", partner.getPublic(),
                CertificateIssuer.Purpose.KEY_WRAPPING, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)),
                RANDOM);
        String aesHex = "2B7E151628AED2A6ABF7158809CF4F3C";
        Key aes = importByCryptogram(aesHex, KeyUsage.TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY, KeyAlgorithm.AES_128,
                true);
        WrappedKey wrapped = control.exportKey(r -> r.exportKeyIdentifier(aes.keyArn()).keyMaterial(m -> m
                .keyCryptogram(c -> c.certificateAuthorityPublicKeyIdentifier(root.keyArn())
                        .wrappingKeyCertificate(CertificateIssuer.toBase64Pem(leaf))
                        .wrappingSpec(WrappingKeySpec.RSA_OAEP_SHA_256)))).wrappedKey();
        assertThat(wrapped.wrappedKeyMaterialFormat()).isEqualTo(WrappedKeyMaterialFormat.KEY_CRYPTOGRAM);
        Cipher oaep = Cipher.getInstance("RSA/ECB/OAEPPadding");
        oaep.init(Cipher.DECRYPT_MODE, partner.getPrivate(), new OAEPParameterSpec("SHA-256", "MGF1",
                MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
        assertThat(HEX.formatHex(oaep.doFinal(HEX.parseHex(wrapped.keyMaterial())))).isEqualTo(aesHex);

        // an intermediate imported under the root is itself an authority for later exchanges
        Key intermediate = control.importKey(r -> r.keyMaterial(m -> m.trustedCertificatePublicKey(c -> c
                .certificateAuthorityPublicKeyIdentifier(root.keyArn())
                .keyAttributes(a -> a.keyUsage(KeyUsage.TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE)
                        .keyClass(KeyClass.PUBLIC_KEY).keyAlgorithm(KeyAlgorithm.RSA_3072)
                        .keyModesOfUse(u -> u.verify(true)))
                .publicKeyCertificate(CertificateIssuer.toBase64Pem(CertificateIssuer.issue(ca, caPair.getPrivate(),
                        "CN=Partner Issuing CA", partner.getPublic(), CertificateIssuer.Purpose.CERTIFICATE_AUTHORITY,
                        now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), RANDOM)))))).key();
        assertThat(intermediate.keyAttributes().keyAlgorithm()).isEqualTo(KeyAlgorithm.RSA_3072);

        // a certificate the root did not sign, and an expired one, are refused
        KeyPair stranger = rsa(2048);
        X509Certificate strangerCa = CertificateIssuer.selfSignedAuthority("CN=Stranger", stranger.getPublic(),
                stranger.getPrivate(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), RANDOM);
        X509Certificate strangerLeaf = CertificateIssuer.issue(strangerCa, stranger.getPrivate(), "CN=Stranger HSM",
                partner.getPublic(), CertificateIssuer.Purpose.KEY_WRAPPING, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), RANDOM);
        assertThatThrownBy(() -> exportByCryptogram(aes, root, strangerLeaf))
                .isInstanceOf(ValidationException.class).hasMessageContaining("do not chain");
        X509Certificate expired = CertificateIssuer.issue(ca, caPair.getPrivate(), "CN=Old Partner HSM",
                partner.getPublic(), CertificateIssuer.Purpose.KEY_WRAPPING, now.minus(Duration.ofDays(60)),
                now.minus(Duration.ofDays(30)), RANDOM);
        assertThatThrownBy(() -> exportByCryptogram(aes, root, expired))
                .isInstanceOf(ValidationException.class).hasMessageContaining("expired");
        // a signing-only certificate does not wrap keys
        X509Certificate signingOnly = CertificateIssuer.issue(ca, caPair.getPrivate(), "CN=Partner signer",
                partner.getPublic(), CertificateIssuer.Purpose.SIGNING, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), RANDOM);
        assertThatThrownBy(() -> exportByCryptogram(aes, root, signingOnly))
                .isInstanceOf(ValidationException.class).hasMessageContaining("key usage");
        // a root whose attributes misstate its key is refused, and nothing is stored
        int before = control.listKeys(r -> { }).keys().size();
        assertThatThrownBy(() -> control.importKey(r -> r.keyMaterial(m -> m.rootCertificatePublicKey(c -> c
                .keyAttributes(a -> a.keyUsage(KeyUsage.TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE)
                        .keyClass(KeyClass.PUBLIC_KEY).keyAlgorithm(KeyAlgorithm.RSA_2048)
                        .keyModesOfUse(u -> u.verify(true)))
                .publicKeyCertificate(CertificateIssuer.toBase64Pem(ca))))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("RSA_4096");
        assertThat(control.listKeys(r -> { }).keys()).hasSize(before);
    }

    /**
     * The certificates the service issues for RSA-4096 keys come from an RSA-4096 authority (a certificate is
     * issued by an authority at least as strong, User Guide, "Import public keys"), so its own ExportKey takes them:
     * a key sent to its own GetParametersForImport RSA-4096 wrapping key comes back in by ImportKey, and an RSA-4096
     * key pair's certificate wraps a key for export. The RSA-3072 authority stays for the keys it certifies.
     */
    @Test
    void exportsUnderRsa4096CertificatesTheServiceIssuedItself() throws Exception {
        GetParametersForImportResponse parameters = control.getParametersForImport(r -> r
                .keyMaterialType(KeyMaterialType.KEY_CRYPTOGRAM).wrappingKeyAlgorithm(KeyAlgorithm.RSA_4096));
        X509Certificate wrapping = ImportedCvkVectorsE2ETest.certificate(parameters.wrappingKeyCertificate());
        X509Certificate chain = ImportedCvkVectorsE2ETest.certificate(parameters.wrappingKeyCertificateChain());
        wrapping.verify(chain.getPublicKey());
        assertThat(((java.security.interfaces.RSAPublicKey) chain.getPublicKey()).getModulus().bitLength())
                .isEqualTo(4096);
        Key root4096 = control.importKey(r -> r.keyMaterial(m -> m.rootCertificatePublicKey(c -> c
                .keyAttributes(a -> a.keyUsage(KeyUsage.TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE)
                        .keyClass(KeyClass.PUBLIC_KEY).keyAlgorithm(KeyAlgorithm.RSA_4096)
                        .keyModesOfUse(u -> u.verify(true)))
                .publicKeyCertificate(parameters.wrappingKeyCertificateChain())))).key();
        String aesHex = "2B7E151628AED2A6ABF7158809CF4F3C";
        Key aes = importByCryptogram(aesHex, KeyUsage.TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY, KeyAlgorithm.AES_128,
                true);
        WrappedKey wrapped = control.exportKey(r -> r.exportKeyIdentifier(aes.keyArn()).keyMaterial(m -> m
                .keyCryptogram(c -> c.certificateAuthorityPublicKeyIdentifier(root4096.keyArn())
                        .wrappingKeyCertificate(parameters.wrappingKeyCertificate())
                        .wrappingSpec(WrappingKeySpec.RSA_OAEP_SHA_256)))).wrappedKey();
        Key back = control.importKey(r -> r.keyMaterial(m -> m.keyCryptogram(c -> c
                .keyAttributes(a -> a.keyUsage(KeyUsage.TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY)
                        .keyClass(KeyClass.SYMMETRIC_KEY).keyAlgorithm(KeyAlgorithm.AES_128)
                        .keyModesOfUse(u -> u.encrypt(true).decrypt(true).wrap(true).unwrap(true)))
                .exportable(true).wrappedKeyCryptogram(wrapped.keyMaterial()).importToken(parameters.importToken())
                .wrappingSpec(WrappingKeySpec.RSA_OAEP_SHA_256)))).key();
        assertThat(back.keyCheckValue()).isEqualTo(aes.keyCheckValue());

        // an RSA-4096 key pair's certificate, from GetPublicKeyCertificate, wraps a key for export too
        Key pair = control.createKey(r -> r.exportable(false).keyAttributes(a -> a
                .keyUsage(KeyUsage.TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION).keyClass(KeyClass.ASYMMETRIC_KEY_PAIR)
                .keyAlgorithm(KeyAlgorithm.RSA_4096).keyModesOfUse(u -> u.encrypt(true).decrypt(true).wrap(true)
                        .unwrap(true)))).key();
        var pairCertificate = control.getPublicKeyCertificate(r -> r.keyIdentifier(pair.keyArn()));
        assertThat(pairCertificate.keyCertificateChain()).isEqualTo(parameters.wrappingKeyCertificateChain());
        assertThat(exportByCryptogram(aes, root4096, ImportedCvkVectorsE2ETest.certificate(
                pairCertificate.keyCertificate())).keyMaterial()).matches("[0-9A-F]{1024}");

        // an RSA-3072 wrapping key is still certified by the account's RSA-3072 authority
        X509Certificate chain3072 = ImportedCvkVectorsE2ETest.certificate(control.getParametersForImport(r -> r
                .keyMaterialType(KeyMaterialType.KEY_CRYPTOGRAM).wrappingKeyAlgorithm(KeyAlgorithm.RSA_3072))
                .wrappingKeyCertificateChain());
        assertThat(((java.security.interfaces.RSAPublicKey) chain3072.getPublicKey()).getModulus().bitLength())
                .isEqualTo(3072);
    }

    @Test
    void issuesCertificatesAndSigningRequestsForKeyPairs() throws Exception {
        Key pair = control.createKey(r -> r.exportable(false).keyAttributes(a -> a
                .keyUsage(KeyUsage.TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT).keyClass(KeyClass.ASYMMETRIC_KEY_PAIR)
                .keyAlgorithm(KeyAlgorithm.ECC_NIST_P256).keyModesOfUse(u -> u.deriveKey(true)))
                .deriveKeyUsage("TR31_K1_KEY_BLOCK_PROTECTION_KEY")).key();
        var response = control.getPublicKeyCertificate(r -> r.keyIdentifier(pair.keyArn()));
        X509Certificate certificate = ImportedCvkVectorsE2ETest.certificate(response.keyCertificate());
        X509Certificate chain = ImportedCvkVectorsE2ETest.certificate(response.keyCertificateChain());
        certificate.verify(chain.getPublicKey());
        certificate.checkValidity();
        assertThat(certificate.getKeyUsage()[4]).as("keyAgreement").isTrue();
        assertThat(certificate.getPublicKey().getAlgorithm()).isEqualTo("EC");

        String csrPem = new String(Base64.getDecoder().decode(control.getCertificateSigningRequest(r -> r
                .keyIdentifier(pair.keyArn()).signingAlgorithm("SHA256")
                .certificateSubject(s -> s.commonName("issuer-ops").organization("Example Issuer").country("US")))
                .certificateSigningRequest()));
        PKCS10CertificationRequest csr = new PKCS10CertificationRequest(Base64.getMimeDecoder().decode(csrPem
                .replaceAll("-----(BEGIN|END) CERTIFICATE REQUEST-----", "")));
        assertThat(csr.isSignatureValid(new JcaContentVerifierProviderBuilder()
                .build(new JcaPKCS10CertificationRequest(csr).getPublicKey()))).isTrue();
        assertThat(new JcaPKCS10CertificationRequest(csr).getPublicKey().getEncoded())
                .isEqualTo(certificate.getPublicKey().getEncoded());
        assertThat(csr.getSubject().toString()).contains("CN=issuer-ops").contains("O=Example Issuer");

        Key symmetric = control.createKey(r -> r.exportable(false).keyAttributes(a -> a.keyUsage(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY)
                .keyClass(KeyClass.SYMMETRIC_KEY).keyAlgorithm(KeyAlgorithm.TDES_2_KEY)
                .keyModesOfUse(u -> u.generate(true).verify(true)))).key();
        assertThatThrownBy(() -> control.getPublicKeyCertificate(r -> r.keyIdentifier(symmetric.keyArn())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ASYMMETRIC_KEY_PAIR");
    }

    @Test
    void aTokenServesOnlyTheTypeItWasIssuedFor() throws Exception {
        var exportParameters = control.getParametersForExport(r -> r.keyMaterialType(KeyMaterialType.TR34_KEY_BLOCK)
                .signingKeyAlgorithm(KeyAlgorithm.RSA_2048));
        assertThat(exportParameters.exportToken()).matches("export-token-[0-9a-z]{32}");
        X509Certificate signing = ImportedCvkVectorsE2ETest.certificate(exportParameters.signingKeyCertificate());
        signing.verify(ImportedCvkVectorsE2ETest.certificate(exportParameters.signingKeyCertificateChain())
                .getPublicKey());
        assertThat(signing.getKeyUsage()[0]).as("digitalSignature").isTrue();
        // ReuseLastGeneratedToken (newer than SDK 2.41, so sent signed by hand) gives back the last token of that
        // type and algorithm, certificate and all; without it, or for another algorithm, a new one comes
        JsonNode reused = getParametersForExport("RSA_2048", true);
        assertThat(reused.path("ExportToken").asText()).isEqualTo(exportParameters.exportToken());
        assertThat(reused.path("SigningKeyCertificate").asText()).isEqualTo(exportParameters.signingKeyCertificate());
        assertThat(getParametersForExport("RSA_3072", true).path("ExportToken").asText())
                .isNotEqualTo(exportParameters.exportToken());
        JsonNode fresh = getParametersForExport("RSA_2048", false);
        assertThat(fresh.path("ExportToken").asText()).isNotEqualTo(exportParameters.exportToken());
        assertThat(getParametersForExport("RSA_2048", true).path("ExportToken").asText())
                .isEqualTo(fresh.path("ExportToken").asText());

        GetParametersForImportResponse tr34 = control.getParametersForImport(r -> r
                .keyMaterialType(KeyMaterialType.TR34_KEY_BLOCK).wrappingKeyAlgorithm(KeyAlgorithm.RSA_2048));
        String cryptogram = ImportedCvkVectorsE2ETest.wrap(tr34, "0123456789ABCDEFFEDCBA9876543210", "SHA-256",
                MGF1ParameterSpec.SHA256);
        assertThatThrownBy(() -> control.importKey(r -> r.keyMaterial(m -> m.keyCryptogram(c -> c
                .keyAttributes(a -> a.keyUsage(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY).keyClass(KeyClass.SYMMETRIC_KEY)
                        .keyAlgorithm(KeyAlgorithm.TDES_2_KEY).keyModesOfUse(u -> u.generate(true).verify(true)))
                .exportable(true).wrappedKeyCryptogram(cryptogram).importToken(tr34.importToken())))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not issued for");
        assertThatThrownBy(() -> control.importKey(r -> r.keyMaterial(m -> m.keyCryptogram(c -> c
                .keyAttributes(a -> a.keyUsage(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY).keyClass(KeyClass.SYMMETRIC_KEY)
                        .keyAlgorithm(KeyAlgorithm.TDES_2_KEY).keyModesOfUse(u -> u.generate(true).verify(true)))
                .exportable(true).wrappedKeyCryptogram(cryptogram).importToken(exportParameters.exportToken())))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ImportToken");
    }

    private static JsonNode getParametersForExport(String algorithm, boolean reuse) throws Exception {
        var response = RawRequests.send(service.endpoint(), "/", java.util.Map.of("Content-Type",
                "application/x-amz-json-1.0", "X-Amz-Target", "PaymentCryptographyControlPlane.GetParametersForExport"),
                "{\"KeyMaterialType\":\"TR34_KEY_BLOCK\",\"SigningKeyAlgorithm\":\"" + algorithm
                        + "\",\"ReuseLastGeneratedToken\":" + reuse + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private static WrappedKey exportByCryptogram(Key key, Key root, X509Certificate certificate) {
        return control.exportKey(r -> r.exportKeyIdentifier(key.keyArn()).keyMaterial(m -> m
                .keyCryptogram(c -> c.certificateAuthorityPublicKeyIdentifier(root.keyArn())
                        .wrappingKeyCertificate(CertificateIssuer.toBase64Pem(certificate))))).wrappedKey();
    }

    private static Key importTr31(String kbpkArn, String block) {
        return control.importKey(r -> r.keyCheckValueAlgorithm(KeyCheckValueAlgorithm.ANSI_X9_24)
                .keyMaterial(m -> m.tr31KeyBlock(t -> t.wrappingKeyIdentifier(kbpkArn).wrappedKeyBlock(block)))).key();
    }

    private static Key importBdk(String clearHex, KeyAlgorithm algorithm) throws Exception {
        GetParametersForImportResponse parameters = control.getParametersForImport(r -> r
                .keyMaterialType(KeyMaterialType.KEY_CRYPTOGRAM).wrappingKeyAlgorithm(KeyAlgorithm.RSA_3072));
        String cryptogram = ImportedCvkVectorsE2ETest.wrap(parameters, clearHex, "SHA-256", MGF1ParameterSpec.SHA256);
        return control.importKey(r -> r.keyMaterial(m -> m.keyCryptogram(c -> c
                .keyAttributes(a -> a.keyUsage(KeyUsage.TR31_B0_BASE_DERIVATION_KEY).keyClass(KeyClass.SYMMETRIC_KEY)
                        .keyAlgorithm(algorithm).keyModesOfUse(u -> u.deriveKey(true)))
                .exportable(true).wrappedKeyCryptogram(cryptogram).importToken(parameters.importToken())))).key();
    }

    /** Imports a TDES or AES key as an RSA-OAEP key cryptogram, wrapped here with the JDK. */
    static Key importByCryptogram(String clearHex, KeyUsage usage, KeyAlgorithm algorithm, boolean exportable)
            throws Exception {
        GetParametersForImportResponse parameters = control.getParametersForImport(r -> r
                .keyMaterialType(KeyMaterialType.KEY_CRYPTOGRAM).wrappingKeyAlgorithm(KeyAlgorithm.RSA_3072));
        String cryptogram = ImportedCvkVectorsE2ETest.wrap(parameters, clearHex, "SHA-256", MGF1ParameterSpec.SHA256);
        boolean crypt = usage == KeyUsage.TR31_K0_KEY_ENCRYPTION_KEY || usage == KeyUsage.TR31_K1_KEY_BLOCK_PROTECTION_KEY
                || usage == KeyUsage.TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY;
        return control.importKey(r -> r.keyMaterial(m -> m.keyCryptogram(c -> c
                .keyAttributes(a -> a.keyUsage(usage).keyClass(KeyClass.SYMMETRIC_KEY).keyAlgorithm(algorithm)
                        .keyModesOfUse(u -> {
                            if (crypt) {
                                u.encrypt(true).decrypt(true).wrap(true).unwrap(true);
                            } else {
                                u.generate(true).verify(true);
                            }
                        }))
                .exportable(exportable).wrappedKeyCryptogram(cryptogram).importToken(parameters.importToken())))).key();
    }

    private static KeyPair rsa(int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits, RANDOM);
        return generator.generateKeyPair();
    }

    /** ANSI X9.24 check value with the JDK's DESede, independently of the service. */
    static String tdesKcv(String clearHex) throws Exception {
        String full = clearHex.length() == 32 ? clearHex + clearHex.substring(0, 16) : clearHex;
        Cipher tdes = Cipher.getInstance("DESede/ECB/NoPadding");
        tdes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(HEX.parseHex(full), "DESede"));
        return HEX.formatHex(tdes.doFinal(new byte[8])).substring(0, 6);
    }
}
