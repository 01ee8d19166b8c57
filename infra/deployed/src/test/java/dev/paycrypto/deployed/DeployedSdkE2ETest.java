package dev.paycrypto.deployed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.client.PayCryptoStack;
import dev.paycrypto.deployed.stack.DeployedStack;
import dev.paycrypto.aws.DynamoDbAuditStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyClient;
import software.amazon.awssdk.services.paymentcryptography.model.GetParametersForImportResponse;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyClass;
import software.amazon.awssdk.services.paymentcryptography.model.KeyMaterialType;
import software.amazon.awssdk.services.paymentcryptography.model.KeyState;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptography.model.PaymentCryptographyException;
import software.amazon.awssdk.services.paymentcryptographydata.PaymentCryptographyDataClient;
import software.amazon.awssdk.services.paymentcryptographydata.model.MajorKeyDerivationMode;
import software.amazon.awssdk.services.paymentcryptographydata.model.VerificationFailedException;
import software.amazon.awssdk.services.paymentcryptographydata.model.VerificationFailedReason;
import software.amazon.awssdk.services.scheduler.model.ScheduleSummary;

/**
 * The deployed stack, run as Lambda and API Gateway run it ({@link DeployedStack}), driven by the unmodified AWS SDK
 * for Java v2 clients configured by the client helper ({@link PayCryptoStack}): the User Guide's getting-started
 * flow, one operation of each data-plane family, a TR-31 export and import, a deletion scheduled in EventBridge
 * Scheduler by the worker the bus invokes, and the audit records the audit worker writes to the table.
 */
class DeployedSdkE2ETest {

    private static final String PAN = "4111111111111111";
    private static DeployedStack stack;
    private static PaymentCryptographyClient control;
    private static PaymentCryptographyDataClient data;

    @BeforeAll
    static void start() {
        stack = DeployedStack.shared();
        PayCryptoStack helper = PayCryptoStack.at(stack.endpoint());
        control = helper.configure(PaymentCryptographyClient.builder()).region(stack.region())
                .credentialsProvider(stack.credentials()).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        data = helper.configure(PaymentCryptographyDataClient.builder()).region(stack.region())
                .credentialsProvider(stack.credentials()).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    @AfterAll
    static void closeClients() {
        control.close();
        data.close();
    }

    private static Key createCvk() {
        return control.createKey(r -> r.exportable(true).keyAttributes(a -> a.keyAlgorithm(KeyAlgorithm.TDES_2_KEY)
                .keyUsage(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY).keyClass(KeyClass.SYMMETRIC_KEY)
                .keyModesOfUse(m -> m.generate(true).verify(true)))).key();
    }

    @Test
    void theGettingStartedFlow() {
        Key cvk = createCvk();
        assertThat(cvk.keyState()).isEqualTo(KeyState.CREATE_COMPLETE);
        assertThat(cvk.keyArn()).startsWith("arn:aws:payment-cryptography:" + stack.region().id() + ":"
                + DeployedStack.ACCOUNT + ":key/");
        assertThat(control.getKey(r -> r.keyIdentifier(cvk.keyArn())).key().keyCheckValue())
                .isEqualTo(cvk.keyCheckValue());

        String cvv2 = data.generateCardValidationData(r -> r.keyIdentifier(cvk.keyArn()).primaryAccountNumber(PAN)
                .generationAttributes(g -> g.cardVerificationValue2(c -> c.cardExpiryDate("1229"))))
                .validationData();
        assertThat(cvv2).matches("[0-9]{3}");
        assertThat(data.verifyCardValidationData(r -> r.keyIdentifier(cvk.keyArn()).primaryAccountNumber(PAN)
                .verificationAttributes(v -> v.cardVerificationValue2(c -> c.cardExpiryDate("1229")))
                .validationData(cvv2)).keyArn()).isEqualTo(cvk.keyArn());
        String wrong = String.format("%03d", (Integer.parseInt(cvv2) + 1) % 1000);
        assertThatThrownBy(() -> data.verifyCardValidationData(r -> r.keyIdentifier(cvk.keyArn())
                .primaryAccountNumber(PAN).verificationAttributes(v -> v.cardVerificationValue2(c -> c
                        .cardExpiryDate("1229"))).validationData(wrong)))
                .isInstanceOfSatisfying(VerificationFailedException.class, e -> assertThat(e.reason())
                        .isEqualTo(VerificationFailedReason.INVALID_VALIDATION_DATA));

        Key deleted = control.deleteKey(r -> r.keyIdentifier(cvk.keyArn()).deleteKeyInDays(7)).key();
        assertThat(deleted.keyState()).isEqualTo(KeyState.DELETE_PENDING);
        // the bus takes the deletion to the scheduler worker, which schedules the purge in EventBridge Scheduler
        String keyId = cvk.keyArn().substring(cvk.keyArn().lastIndexOf('/') + 1);
        List<ScheduleSummary> schedules = eventually(() -> stack.services().scheduler()
                .listSchedules(r -> r.maxResults(100)).schedules().stream()
                .filter(s -> s.name().contains(keyId)).toList(), found -> !found.isEmpty());
        assertThat(schedules).hasSize(1);
        assertThat(control.restoreKey(r -> r.keyIdentifier(cvk.keyArn())).key().keyState())
                .isEqualTo(KeyState.CREATE_COMPLETE);
    }

    @Test
    void thePinFamilyGeneratesAndVerifiesAVisaPvv() {
        Key pvk = control.createKey(r -> r.exportable(true).keyAttributes(a -> a.keyAlgorithm(KeyAlgorithm.TDES_2_KEY)
                .keyUsage(KeyUsage.TR31_V2_VISA_PIN_VERIFICATION_KEY).keyClass(KeyClass.SYMMETRIC_KEY)
                .keyModesOfUse(m -> m.generate(true).verify(true)))).key();
        Key pek = control.createKey(r -> r.exportable(true).keyAttributes(a -> a.keyAlgorithm(KeyAlgorithm.TDES_2_KEY)
                .keyUsage(KeyUsage.TR31_P0_PIN_ENCRYPTION_KEY).keyClass(KeyClass.SYMMETRIC_KEY)
                .keyModesOfUse(m -> m.encrypt(true).decrypt(true).wrap(true).unwrap(true)))).key();
        var generated = data.generatePinData(r -> r.generationKeyIdentifier(pvk.keyArn())
                .encryptionKeyIdentifier(pek.keyArn()).primaryAccountNumber(PAN).pinBlockFormat("ISO_FORMAT_0")
                .generationAttributes(g -> g.visaPin(v -> v.pinVerificationKeyIndex(1))));
        assertThat(generated.pinData().verificationValue()).matches("[0-9]{4}");
        assertThat(data.verifyPinData(r -> r.verificationKeyIdentifier(pvk.keyArn())
                .encryptionKeyIdentifier(pek.keyArn()).primaryAccountNumber(PAN).pinBlockFormat("ISO_FORMAT_0")
                .encryptedPinBlock(generated.encryptedPinBlock())
                .verificationAttributes(v -> v.visaPin(p -> p.pinVerificationKeyIndex(1)
                        .verificationValue(generated.pinData().verificationValue())))).verificationKeyArn())
                .isEqualTo(pvk.keyArn());
    }

    @Test
    void theMacFamilyGeneratesAndVerifies() {
        Key mac = control.createKey(r -> r.exportable(true).keyAttributes(a -> a.keyAlgorithm(KeyAlgorithm.AES_128)
                .keyUsage(KeyUsage.TR31_M6_ISO_9797_5_CMAC_KEY).keyClass(KeyClass.SYMMETRIC_KEY)
                .keyModesOfUse(m -> m.generate(true).verify(true)))).key();
        String message = HexFormat.of().formatHex("deployed".getBytes(StandardCharsets.US_ASCII));
        String value = data.generateMac(r -> r.keyIdentifier(mac.keyArn()).messageData(message)
                .generationAttributes(g -> g.algorithm("CMAC"))).mac();
        assertThat(data.verifyMac(r -> r.keyIdentifier(mac.keyArn()).messageData(message).mac(value)
                .verificationAttributes(v -> v.algorithm("CMAC"))).keyArn()).isEqualTo(mac.keyArn());
    }

    @Test
    void theDataEncryptionFamilyRoundTrips() {
        Key dek = control.createKey(r -> r.exportable(true).keyAttributes(a -> a.keyAlgorithm(KeyAlgorithm.AES_128)
                .keyUsage(KeyUsage.TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY).keyClass(KeyClass.SYMMETRIC_KEY)
                .keyModesOfUse(m -> m.encrypt(true).decrypt(true).wrap(true).unwrap(true)))).key();
        String plain = "31323334353637383930313233343536";
        String cipher = data.encryptData(r -> r.keyIdentifier(dek.keyArn()).plainText(plain)
                .encryptionAttributes(e -> e.symmetric(s -> s.mode("CBC").initializationVector(
                        "00000000000000000000000000000000")))).cipherText();
        assertThat(cipher).isNotEqualToIgnoringCase(plain);
        assertThat(data.decryptData(r -> r.keyIdentifier(dek.keyArn()).cipherText(cipher)
                .decryptionAttributes(e -> e.symmetric(s -> s.mode("CBC").initializationVector(
                        "00000000000000000000000000000000")))).plainText()).isEqualToIgnoringCase(plain);
    }

    @Test
    void theUserGuideVisaCvn10CryptogramVerifiesUnderTheImportedTestKey() throws Exception {
        // the User Guide's "Verify auth request cryptogram" example, under its test key (KCV 08D7B4)
        Key imk = importClearKey("0123456789ABCDEFFEDCBA9876543210", KeyUsage.TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS);
        assertThat(imk.keyCheckValue()).isEqualTo("08D7B4");
        assertThat(data.verifyAuthRequestCryptogram(r -> r.keyIdentifier(imk.keyArn())
                .majorKeyDerivationMode(MajorKeyDerivationMode.EMV_OPTION_A)
                .transactionData("00000000170000000000000008400080008000084016051700000000093800000B03011203000000")
                .authRequestCryptogram("D791093C8A921769")
                .sessionKeyDerivationAttributes(s -> s.visa(v -> v.primaryAccountNumber("9137631040001422")
                        .panSequenceNumber("01")))).keyCheckValue()).isEqualTo("08D7B4");
    }

    @Test
    void aKeyExportedAsTr31ImportsBackWithItsCheckValue() {
        Key kek = control.createKey(r -> r.exportable(true).keyAttributes(a -> a.keyAlgorithm(KeyAlgorithm.AES_256)
                .keyUsage(KeyUsage.TR31_K0_KEY_ENCRYPTION_KEY).keyClass(KeyClass.SYMMETRIC_KEY)
                .keyModesOfUse(m -> m.encrypt(true).decrypt(true).wrap(true).unwrap(true)))).key();
        Key cvk = createCvk();
        String block = control.exportKey(r -> r.exportKeyIdentifier(cvk.keyArn())
                .keyMaterial(m -> m.tr31KeyBlock(t -> t.wrappingKeyIdentifier(kek.keyArn()))))
                .wrappedKey().keyMaterial();
        assertThat(block).startsWith("D");
        Key imported = control.importKey(r -> r.keyMaterial(m -> m.tr31KeyBlock(t -> t
                .wrappingKeyIdentifier(kek.keyArn()).wrappedKeyBlock(block)))).key();
        assertThat(imported.keyArn()).isNotEqualTo(cvk.keyArn());
        assertThat(imported.keyCheckValue()).isEqualTo(cvk.keyCheckValue());
        assertThat(imported.keyAttributes().keyUsage()).isEqualTo(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY);
    }

    @Test
    void eachCallIsAuditedThroughTheBusWithTheCallerApiGatewayNamed() {
        Key cvk = createCvk();
        DynamoDbAuditStore audit = new DynamoDbAuditStore(stack.services().dynamo(), stack.services().tableName());
        JsonNode record = eventually(() -> audit.list(DeployedStack.ACCOUNT, 1000).stream()
                .filter(r -> r.path("eventName").asText().equals("CreateKey")
                        && r.toString().contains(cvk.keyArn()))
                .findFirst().orElse(null), found -> found != null);
        assertThat(record.path("userIdentity").path("arn").asText()).isEqualTo(stack.userArn());
        assertThat(record.path("userIdentity").path("accountId").asText()).isEqualTo(DeployedStack.ACCOUNT);
        assertThat(record.path("sourceIPAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(stack.relay().failures()).isEmpty();
    }

    @Test
    void withoutTheHelperTheSdkIsRefusedAsApiGatewayRefusesIt() {
        // signed for payment-cryptography, at the stage's endpoint: API Gateway's IAM auth takes execute-api only
        try (PaymentCryptographyDataClient plain = PaymentCryptographyDataClient.builder()
                .endpointOverride(stack.endpoint()).region(stack.region()).credentialsProvider(stack.credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            assertThatThrownBy(() -> plain.generateMac(r -> r.keyIdentifier("alias/none").messageData("00")
                    .generationAttributes(g -> g.algorithm("CMAC"))))
                    .isInstanceOfSatisfying(AwsServiceException.class,
                            e -> {
                                assertThat(e.statusCode()).isEqualTo(403);
                                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                            });
        }
        // the control plane's POST / with X-Amz-Target matches no route: API Gateway answers that before any auth
        try (PaymentCryptographyClient plain = PaymentCryptographyClient.builder()
                .endpointOverride(stack.endpoint()).region(stack.region()).credentialsProvider(stack.credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            assertThatThrownBy(() -> plain.listKeys(r -> { }))
                    .isInstanceOfSatisfying(PaymentCryptographyException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("MissingAuthenticationTokenException");
                    });
        }
    }

    private static Key importClearKey(String clearHex, KeyUsage usage) throws Exception {
        GetParametersForImportResponse parameters = control.getParametersForImport(r -> r
                .keyMaterialType(KeyMaterialType.KEY_CRYPTOGRAM).wrappingKeyAlgorithm(KeyAlgorithm.RSA_2048));
        String pem = new String(Base64.getDecoder().decode(parameters.wrappingKeyCertificate()),
                StandardCharsets.US_ASCII);
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        Cipher oaep = Cipher.getInstance("RSA/ECB/OAEPPadding");
        oaep.init(Cipher.ENCRYPT_MODE, certificate.getPublicKey(),
                new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
        String cryptogram = HexFormat.of().withUpperCase().formatHex(oaep.doFinal(HexFormat.of().parseHex(clearHex)));
        return control.importKey(r -> r.keyMaterial(m -> m.keyCryptogram(c -> c
                .keyAttributes(a -> a.keyUsage(usage).keyClass(KeyClass.SYMMETRIC_KEY)
                        .keyAlgorithm(KeyAlgorithm.TDES_2_KEY).keyModesOfUse(u -> u.deriveKey(true)))
                .exportable(true).wrappedKeyCryptogram(cryptogram).importToken(parameters.importToken())))).key();
    }

    /** Polls what asynchronous delivery makes true, for at most 30 seconds. */
    static <T> T eventually(Supplier<T> probe, Predicate<T> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        T value = probe.get();
        while (!done.test(value) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = probe.get();
        }
        return value;
    }
}
