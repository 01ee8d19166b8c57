package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.paymentcryptography.model.GetParametersForImportResponse;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyClass;
import software.amazon.awssdk.services.paymentcryptography.model.KeyMaterialType;
import software.amazon.awssdk.services.paymentcryptography.model.KeyOrigin;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptography.model.ValidationException;
import software.amazon.awssdk.services.paymentcryptography.model.WrappingKeySpec;

/**
 * Published CVV / CVV2 vectors (vectors/cvv.json: psec, jPOS and CyberChef test data; source per vector) reproduced
 * end to end: each CVK is brought in the way a user brings an existing test key — GetParametersForImport, wrap
 * with RSA-OAEP under the returned certificate (here with the JDK, independently of the service), ImportKey with
 * a KeyCryptogram — then the service's CVV must equal the published value.
 */
class ImportedCvkVectorsE2ETest extends LocalServiceTest {

    static Stream<Arguments> vectors() throws Exception {
        try (InputStream in = ImportedCvkVectorsE2ETest.class.getResourceAsStream("/vectors/cvv.json")) {
            List<Arguments> selected = new ArrayList<>();
            new ObjectMapper().readTree(in).get("vectors").forEach(v -> {
                if ("cvv".equals(v.get("operation").asText())) {
                    selected.add(Arguments.of(v.get("id").asText(), v));
                }
            });
            return selected.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void reproducesThePublishedValueWithAnImportedCvk(String id, JsonNode vector) throws Exception {
        String cvk = vector.get("cvk").asText();
        Key key = importTdesKey(cvk, KeyUsage.TR31_C0_CARD_VERIFICATION_KEY, WrappingKeySpec.RSA_OAEP_SHA_256);
        assertThat(key.keyOrigin()).isEqualTo(KeyOrigin.EXTERNAL);
        assertThat(key.keyCheckValue()).isEqualTo(independentKcv(cvk));

        String pan = vector.get("pan").asText();
        String expiry = vector.get("expiry").asText();
        String serviceCode = vector.get("service_code").asText();
        String expected = vector.get("expected").get("cvv").asText();
        String generated = data.generateCardValidationData(r -> r.keyIdentifier(key.keyArn()).primaryAccountNumber(pan)
                .generationAttributes(g -> g.cardVerificationValue1(c -> c.cardExpiryDate(expiry)
                        .serviceCode(serviceCode)))).validationData();
        assertThat(generated).as(vector.get("source").asText()).isEqualTo(expected);
        if ("000".equals(serviceCode)) {
            assertThat(data.generateCardValidationData(r -> r.keyIdentifier(key.keyArn()).primaryAccountNumber(pan)
                    .generationAttributes(g -> g.cardVerificationValue2(c -> c.cardExpiryDate(expiry))))
                    .validationData()).isEqualTo(expected);
        }
        assertThat(data.verifyCardValidationData(r -> r.keyIdentifier(key.keyArn()).primaryAccountNumber(pan)
                .verificationAttributes(v -> v.cardVerificationValue1(c -> c.cardExpiryDate(expiry)
                        .serviceCode(serviceCode))).validationData(expected)).keyArn()).isEqualTo(key.keyArn());
    }

    @Test
    void theWrappingCertificateIsSignedByTheReturnedChain() throws Exception {
        GetParametersForImportResponse parameters = control.getParametersForImport(r -> r
                .keyMaterialType(KeyMaterialType.KEY_CRYPTOGRAM).wrappingKeyAlgorithm(KeyAlgorithm.RSA_2048));
        X509Certificate certificate = certificate(parameters.wrappingKeyCertificate());
        X509Certificate authority = certificate(parameters.wrappingKeyCertificateChain());
        certificate.verify(authority.getPublicKey());
        certificate.checkValidity();
        assertThat(parameters.importToken()).matches("import-token-[0-9a-z]{32}");
        assertThat(parameters.parametersValidUntilTimestamp()).isAfter(java.time.Instant.now().plusSeconds(29 * 86400));
    }

    @Test
    void refusesAnUnknownTokenAWrongLengthAndAWeakWrappingKey() throws Exception {
        GetParametersForImportResponse parameters = control.getParametersForImport(r -> r
                .keyMaterialType(KeyMaterialType.KEY_CRYPTOGRAM).wrappingKeyAlgorithm(KeyAlgorithm.RSA_2048));
        String cryptogram = wrap(parameters, "0123456789ABCDEFFEDCBA9876543210", "SHA-256", MGF1ParameterSpec.SHA256);
        int before = control.listKeys(r -> { }).keys().size();
        assertThatThrownBy(() -> importWith(cryptogram, "import-token-unknown0000000000000000", KeyAlgorithm.TDES_2_KEY))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ImportToken");
        assertThatThrownBy(() -> importWith(cryptogram, parameters.importToken(), KeyAlgorithm.TDES_3_KEY))
                .isInstanceOf(ValidationException.class).hasMessageContaining("needs 192");
        // AES-128 may not travel under RSA 2048 (User Guide minimum-strength table)
        assertThatThrownBy(() -> importWith(cryptogram, parameters.importToken(), KeyAlgorithm.AES_128))
                .isInstanceOf(ValidationException.class).hasMessageContaining("weaker");
        assertThat(control.listKeys(r -> { }).keys()).hasSize(before);
    }

    @Test
    void importsTheUserGuideTestKeyWithOaepSha512() throws Exception {
        Key key = importTdesKey("0123456789ABCDEFFEDCBA9876543210", KeyUsage.TR31_C0_CARD_VERIFICATION_KEY,
                WrappingKeySpec.RSA_OAEP_SHA_512);
        // the User Guide's KCV of this key
        assertThat(key.keyCheckValue()).isEqualTo("08D7B4");
    }

    private Key importTdesKey(String clearHex, KeyUsage usage, WrappingKeySpec spec) throws Exception {
        GetParametersForImportResponse parameters = control.getParametersForImport(r -> r
                .keyMaterialType(KeyMaterialType.KEY_CRYPTOGRAM).wrappingKeyAlgorithm(KeyAlgorithm.RSA_2048));
        String cryptogram = spec == WrappingKeySpec.RSA_OAEP_SHA_512
                ? wrap(parameters, clearHex, "SHA-512", MGF1ParameterSpec.SHA512)
                : wrap(parameters, clearHex, "SHA-256", MGF1ParameterSpec.SHA256);
        return control.importKey(r -> r.keyMaterial(m -> m.keyCryptogram(c -> c
                .keyAttributes(a -> a.keyUsage(usage).keyClass(KeyClass.SYMMETRIC_KEY)
                        .keyAlgorithm(KeyAlgorithm.TDES_2_KEY).keyModesOfUse(u -> u.generate(true).verify(true)))
                .exportable(true).wrappedKeyCryptogram(cryptogram).importToken(parameters.importToken())
                .wrappingSpec(spec)))).key();
    }

    private static Key importWith(String cryptogram, String token, KeyAlgorithm algorithm) {
        return control.importKey(r -> r.keyMaterial(m -> m.keyCryptogram(c -> c
                .keyAttributes(a -> a.keyUsage(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY).keyClass(KeyClass.SYMMETRIC_KEY)
                        .keyAlgorithm(algorithm).keyModesOfUse(u -> u.generate(true).verify(true)))
                .exportable(true).wrappedKeyCryptogram(cryptogram).importToken(token)))).key();
    }

    static String wrap(GetParametersForImportResponse parameters, String clearHex, String digest,
                       MGF1ParameterSpec mgf) throws Exception {
        Cipher oaep = Cipher.getInstance("RSA/ECB/OAEPPadding");
        oaep.init(Cipher.ENCRYPT_MODE, certificate(parameters.wrappingKeyCertificate()).getPublicKey(),
                new OAEPParameterSpec(digest, "MGF1", mgf, PSource.PSpecified.DEFAULT));
        return HexFormat.of().withUpperCase().formatHex(oaep.doFinal(HexFormat.of().parseHex(clearHex)));
    }

    static X509Certificate certificate(String base64Pem) throws Exception {
        String pem = new String(Base64.getDecoder().decode(base64Pem), StandardCharsets.US_ASCII);
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    /** ANSI X9.24 KCV computed with the JDK's DESede, independently of the service. */
    static String independentKcv(String clearHex) throws Exception {
        byte[] key = HexFormat.of().parseHex(clearHex + clearHex.substring(0, 16));
        Cipher tdes = Cipher.getInstance("DESede/ECB/NoPadding");
        tdes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "DESede"));
        return HexFormat.of().withUpperCase().formatHex(tdes.doFinal(new byte[8])).substring(0, 6);
    }
}
