package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.asymmetric.CertificateIssuer;
import dev.paycrypto.crypto.keyblock.Tr31;
import dev.paycrypto.crypto.keyblock.Tr31Header;
import dev.paycrypto.crypto.keyblock.Tr34;
import dev.paycrypto.crypto.keyblock.Tr34Unwrapped;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.paymentcryptography.model.GetParametersForExportResponse;
import software.amazon.awssdk.services.paymentcryptography.model.GetParametersForImportResponse;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyClass;
import software.amazon.awssdk.services.paymentcryptography.model.KeyMaterialType;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptography.model.Tr34KeyBlockFormat;
import software.amazon.awssdk.services.paymentcryptography.model.ValidationException;
import software.amazon.awssdk.services.paymentcryptography.model.WrappedKey;
import software.amazon.awssdk.services.paymentcryptography.model.WrappedKeyMaterialFormat;

/**
 * The TR-34 ceremony of the User Guide, end to end through the SDK, with this test as the partner HSM: it imports
 * its certificate authority, sends a KEK by TR-34 (the service as key receiving device, under an import token),
 * sends a working key by TR-31 under that KEK, has the service use it (the User Guide's CVV2 of the known test
 * key), and takes it back by TR-31 and by TR-34 (the service as key distribution host), opening both here.
 */
class Tr34CeremonyE2ETest extends LocalServiceTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KEK = "8A8349794C9EE9A4C2927098F249FED6";
    private static final String CVK = "99999999999999998888888888888888";

    private static KeyPair partnerCa;
    private static X509Certificate partnerRoot;
    private static KeyPair partnerHsm;
    private static X509Certificate kdhCertificate;
    private static X509Certificate krdCertificate;
    private static Key authority;

    @BeforeAll
    static void thePartnerAndItsAuthority() throws Exception {
        Instant now = Instant.now();
        partnerCa = rsa(2048);
        partnerRoot = CertificateIssuer.selfSignedAuthority("CN=Partner TR-34 Root", partnerCa.getPublic(),
                partnerCa.getPrivate(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)), RANDOM);
        partnerHsm = rsa(2048);
        kdhCertificate = CertificateIssuer.issue(partnerRoot, partnerCa.getPrivate(), "CN=Partner KDH",
                partnerHsm.getPublic(), CertificateIssuer.Purpose.SIGNING, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), RANDOM);
        krdCertificate = CertificateIssuer.issue(partnerRoot, partnerCa.getPrivate(), "CN=Partner KRD",
                partnerHsm.getPublic(), CertificateIssuer.Purpose.KEY_WRAPPING, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), RANDOM);
        authority = control.importKey(r -> r.keyMaterial(m -> m.rootCertificatePublicKey(c -> c
                .keyAttributes(a -> a.keyUsage(KeyUsage.TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE)
                        .keyClass(KeyClass.PUBLIC_KEY).keyAlgorithm(KeyAlgorithm.RSA_2048)
                        .keyModesOfUse(u -> u.verify(true)))
                .publicKeyCertificate(CertificateIssuer.toBase64Pem(partnerRoot))))).key();
    }

    @Test
    void aKekByTr34ThenAWorkingKeyByTr31UsedAndSentBack() throws Exception {
        GetParametersForImportResponse parameters = control.getParametersForImport(r -> r
                .keyMaterialType(KeyMaterialType.TR34_KEY_BLOCK).wrappingKeyAlgorithm(KeyAlgorithm.RSA_2048));
        X509Certificate serviceKrd = ImportedCvkVectorsE2ETest.certificate(parameters.wrappingKeyCertificate());
        byte[] nonce = new byte[8];
        RANDOM.nextBytes(nonce);
        byte[] token = Tr34.wrap(partnerHsm.getPrivate(), kdhCertificate, serviceKrd,
                new Tr31Header('D', "K0", 'T', 'B', "00", 'E', List.of()), SecretBytes.fromHex(KEK), nonce,
                Tr34.OaepHash.SHA_256, RANDOM);

        Key kek = control.importKey(r -> r.keyMaterial(m -> m.tr34KeyBlock(t -> t
                .certificateAuthorityPublicKeyIdentifier(authority.keyArn())
                .signingKeyCertificate(CertificateIssuer.toBase64Pem(kdhCertificate))
                .importToken(parameters.importToken()).keyBlockFormat(Tr34KeyBlockFormat.X9_TR34_2012)
                .randomNonce(HEX.formatHex(nonce)).wrappedKeyBlock(HEX.formatHex(token))))).key();
        assertThat(kek.keyAttributes().keyUsage()).isEqualTo(KeyUsage.TR31_K0_KEY_ENCRYPTION_KEY);
        assertThat(kek.keyAttributes().keyAlgorithm()).isEqualTo(KeyAlgorithm.TDES_2_KEY);
        assertThat(kek.keyCheckValue()).isEqualTo(KeyExchangeE2ETest.tdesKcv(KEK));

        String cvkBlock = Tr31.wrap(SecretBytes.fromHex(KEK), new Tr31Header('B', "C0", 'T', 'C', "00", 'E',
                List.of()), SecretBytes.fromHex(CVK), RANDOM);
        Key cvk = control.importKey(r -> r.keyMaterial(m -> m.tr31KeyBlock(t -> t.wrappingKeyIdentifier(kek.keyArn())
                .wrappedKeyBlock(cvkBlock)))).key();
        assertThat(cvk.keyCheckValue()).isEqualTo(KeyExchangeE2ETest.tdesKcv(CVK));
        // psec's CVV vector under this key (vectors/cvv.json: tests/test_cvv.py#L29-L32)
        assertThat(data.generateCardValidationData(r -> r.keyIdentifier(cvk.keyArn())
                .primaryAccountNumber("2222222222222222").generationAttributes(g -> g.cardVerificationValue1(c -> c
                        .cardExpiryDate("3333").serviceCode("111")))).validationData()).isEqualTo("361");

        WrappedKey back = control.exportKey(r -> r.exportKeyIdentifier(cvk.keyArn())
                .keyMaterial(m -> m.tr31KeyBlock(t -> t.wrappingKeyIdentifier(kek.keyArn())))).wrappedKey();
        assertThat(HEX.formatHex(Tr31.unwrap(SecretBytes.fromHex(KEK), back.keyMaterial()).key().copy()))
                .isEqualTo(CVK);

        // and the KEK itself back by TR-34, the service signing as KDH with an export token's key
        GetParametersForExportResponse export = control.getParametersForExport(r -> r
                .keyMaterialType(KeyMaterialType.TR34_KEY_BLOCK).signingKeyAlgorithm(KeyAlgorithm.RSA_2048));
        X509Certificate serviceKdh = ImportedCvkVectorsE2ETest.certificate(export.signingKeyCertificate());
        byte[] exportNonce = new byte[16];
        RANDOM.nextBytes(exportNonce);
        WrappedKey tr34 = control.exportKey(r -> r.exportKeyIdentifier(kek.keyArn()).keyMaterial(m -> m
                .tr34KeyBlock(t -> t.certificateAuthorityPublicKeyIdentifier(authority.keyArn())
                        .wrappingKeyCertificate(CertificateIssuer.toBase64Pem(krdCertificate))
                        .exportToken(export.exportToken()).keyBlockFormat(Tr34KeyBlockFormat.X9_TR34_2012)
                        .randomNonce(HEX.formatHex(exportNonce))))).wrappedKey();
        assertThat(tr34.wrappedKeyMaterialFormat()).isEqualTo(WrappedKeyMaterialFormat.TR34_KEY_BLOCK);
        assertThat(tr34.keyMaterial()).startsWith("30");
        Tr34Unwrapped opened = Tr34.unwrap(HEX.parseHex(tr34.keyMaterial()), partnerHsm.getPrivate(), serviceKdh,
                exportNonce);
        assertThat(HEX.formatHex(opened.key().copy())).isEqualTo(KEK);
        assertThat(opened.header().keyUsage()).isEqualTo("K0");
        assertThat(tr34.keyCheckValue()).isEqualTo(KeyExchangeE2ETest.tdesKcv(KEK));
    }

    @Test
    void refusesTamperedTokensWrongNoncesUntrustedSignersAndOtherTokens() throws Exception {
        GetParametersForImportResponse parameters = control.getParametersForImport(r -> r
                .keyMaterialType(KeyMaterialType.TR34_KEY_BLOCK).wrappingKeyAlgorithm(KeyAlgorithm.RSA_2048));
        X509Certificate serviceKrd = ImportedCvkVectorsE2ETest.certificate(parameters.wrappingKeyCertificate());
        byte[] nonce = HEX.parseHex("0011223344556677");
        byte[] token = Tr34.wrap(partnerHsm.getPrivate(), kdhCertificate, serviceKrd,
                new Tr31Header('D', "K0", 'T', 'B', "00", 'E', List.of()), SecretBytes.fromHex(KEK), nonce,
                Tr34.OaepHash.SHA_256, RANDOM);
        int before = control.listKeys(r -> { }).keys().size();

        byte[] tampered = token.clone();
        tampered[tampered.length - 40] ^= 0x01;
        assertThatThrownBy(() -> importTr34(parameters.importToken(), kdhCertificate, "0011223344556677", tampered))
                .isInstanceOf(ValidationException.class).hasMessageContaining("WrappedKeyBlock");
        assertThatThrownBy(() -> importTr34(parameters.importToken(), kdhCertificate, "8899AABBCCDDEEFF", token))
                .isInstanceOf(ValidationException.class).hasMessageContaining("nonce");
        // a signer certified by another authority
        KeyPair otherCa = rsa(2048);
        X509Certificate otherRoot = CertificateIssuer.selfSignedAuthority("CN=Other Root", otherCa.getPublic(),
                otherCa.getPrivate(), Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(9)),
                RANDOM);
        X509Certificate otherKdh = CertificateIssuer.issue(otherRoot, otherCa.getPrivate(), "CN=Partner KDH",
                partnerHsm.getPublic(), CertificateIssuer.Purpose.SIGNING, Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(9)), RANDOM);
        assertThatThrownBy(() -> importTr34(parameters.importToken(), otherKdh, "0011223344556677", token))
                .isInstanceOf(ValidationException.class).hasMessageContaining("do not chain");
        // a KEY_CRYPTOGRAM token is no TR-34 token
        String cryptogramToken = control.getParametersForImport(r -> r.keyMaterialType(KeyMaterialType.KEY_CRYPTOGRAM)
                .wrappingKeyAlgorithm(KeyAlgorithm.RSA_2048)).importToken();
        assertThatThrownBy(() -> importTr34(cryptogramToken, kdhCertificate, "0011223344556677", token))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not issued for");
        assertThat(control.listKeys(r -> { }).keys()).hasSize(before);

        // the genuine token imports, and may serve again under its unexpired token (API reference: "You can use
        // the same import token to import multiple keys")
        assertThat(importTr34(parameters.importToken(), kdhCertificate, "0011223344556677", token).keyCheckValue())
                .isEqualTo(KeyExchangeE2ETest.tdesKcv(KEK));
    }

    private static Key importTr34(String importToken, X509Certificate signer, String nonce, byte[] token) {
        return control.importKey(r -> r.keyMaterial(m -> m.tr34KeyBlock(t -> t
                .certificateAuthorityPublicKeyIdentifier(authority.keyArn())
                .signingKeyCertificate(CertificateIssuer.toBase64Pem(signer)).importToken(importToken)
                .keyBlockFormat(Tr34KeyBlockFormat.X9_TR34_2012).randomNonce(nonce)
                .wrappedKeyBlock(HEX.formatHex(token))))).key();
    }

    private static KeyPair rsa(int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits, RANDOM);
        return generator.generateKeyPair();
    }
}
