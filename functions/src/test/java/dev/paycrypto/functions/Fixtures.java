package dev.paycrypto.functions;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.asymmetric.CertificateIssuer;
import dev.paycrypto.keys.InMemoryMasterKeyProvider;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyCheckValueAlgorithm;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyMaterialSealer;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.keys.KeyOrigin;
import dev.paycrypto.keys.KeyState;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.keys.store.AliasRecord;
import dev.paycrypto.keys.store.MpaAssociationRecord;
import dev.paycrypto.app.events.EventBus;
import dev.paycrypto.app.events.EventScheduler;
import dev.paycrypto.local.store.SqliteAuditStore;
import dev.paycrypto.local.store.SqliteKeyStore;
import dev.paycrypto.app.exchange.AccountAuthority;
import dev.paycrypto.app.exchange.ExchangeTokens;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationMetrics;
import dev.paycrypto.service.runtime.Regions;
import dev.paycrypto.service.runtime.Services;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A fresh in-memory region holding what the sample events of {@code events/} refer to: the CVK
 * {@code samplecvk0000001} (alias {@code alias/sample-cvk}; its key is the CyberChef/AWS CVV2 test CVK
 * CCCCDDDDEEEEFFFFAAAABBBBCCCCDDDD, so the sample CVV2 111 verifies) and the import token of the sample
 * ImportKey event, whose wrapping key is {@code fixtures/import-wrapping-key.pem}.
 */
public final class Fixtures {

    public static final String ACCOUNT = "111122223333";
    public static final String REGION = "us-east-1";
    public static final String SAMPLE_KEY_ID = "samplecvk0000001";
    public static final String SAMPLE_KEY_ARN = "arn:aws:payment-cryptography:" + REGION + ":" + ACCOUNT + ":key/"
            + SAMPLE_KEY_ID;
    public static final String SAMPLE_ALIAS = "alias/sample-cvk";
    /** The ISO/IEC 9797-1:2011 Annex B.4 retail MAC key, for the MAC events (message "Now is the time for all "). */
    public static final String SAMPLE_MAC_KEY_ID = "samplemac0000001";
    public static final String SAMPLE_MAC_KEY = "0123456789ABCDEFFEDCBA9876543210";
    /** The NIST SP 800-38A AES-128 key, for the data encryption events (F.2.1 CBC example). */
    public static final String SAMPLE_DATA_KEY = "2B7E151628AED2A6ABF7158809CF4F3C";
    public static final String SAMPLE_IMPORT_TOKEN = "import-token-sample00000000000001";
    public static final String SAMPLE_CVK = "CCCCDDDDEEEEFFFFAAAABBBBCCCCDDDD";
    public static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private Fixtures() {
    }

    /** The sample API Gateway events of the operations: {@code events/control} and {@code events/data}. */
    public static List<Path> apiEvents() throws IOException {
        List<Path> events = new ArrayList<>();
        for (String plane : List.of("control", "data")) {
            try (Stream<Path> files = Files.list(Path.of("../events", plane))) {
                files.filter(f -> f.toString().endsWith(".json")).forEach(events::add);
            }
        }
        events.sort(null);
        return events;
    }

    /** The function of an operation ({@code control} or {@code data} plane), over the given services. */
    @SuppressWarnings("unchecked")
    public static RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler(String plane,
            String operation, Services services) throws ReflectiveOperationException {
        return (RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>) Class
                .forName("dev.paycrypto.functions." + plane + "." + operation)
                .getConstructor(Services.class).newInstance(services);
    }

    public static Services region() {
        SecureRandom random = new SecureRandom();
        return new Services(REGION, SqliteKeyStore.inMemory(),
                new KeyMaterialSealer(new InMemoryMasterKeyProvider(random), random),
                Clock.fixed(NOW, ZoneOffset.UTC), random, OperationMetrics.NONE, EventBus.NONE,
                SqliteAuditStore.inMemory(), EventScheduler.NONE, Regions.NONE);
    }

    /** A region seeded with the sample key, alias and import token. */
    /** The sample CVK's resource policy: account 444455556666 may GetKey and VerifyCardValidationData. */
    public static final String SAMPLE_POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"PartnerVerifiesCvv2\","
            + "\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::444455556666:root\"},\"Action\":"
            + "[\"payment-cryptography:GetKey\",\"payment-cryptography:VerifyCardValidationData\"],\"Resource\":\"*\"}]}";

    /** The approval team of the sample events, associated ACTIVE with root certificate imports. */
    public static final String SAMPLE_MPA_TEAM = "arn:aws:mpa:us-east-1:111122223333:approval-team/root-ca-approvers";

    /** Associates {@link #SAMPLE_MPA_TEAM} with root certificate imports of the sample account. */
    public static void associateSampleTeam(Services services) {
        services.keyStore().createMpaAssociation(new MpaAssociationRecord(ACCOUNT,
                "IMPORT_ROOT_PUBLIC_KEY_CERTIFICATE", SAMPLE_MPA_TEAM,
                MpaAssociationRecord.State.ACTIVE, null, null, 1));
    }

    public static Services seededRegion() {
        Services services = region();
        KeyAttributes cvk = new KeyAttributes(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY, KeyClass.SYMMETRIC_KEY,
                KeyAlgorithm.TDES_2KEY, KeyModesOfUse.GENERATE_VERIFY);
        services.keyStore().createKey(StoredKey.builder().account(ACCOUNT).keyId(SAMPLE_KEY_ID).keyArn(SAMPLE_KEY_ARN)
                .attributes(cvk).keyCheckValue("000000").keyCheckValueAlgorithm(KeyCheckValueAlgorithm.ANSI_X9_24)
                .enabled(true).exportable(true).keyState(KeyState.CREATE_COMPLETE).keyOrigin(KeyOrigin.EXTERNAL)
                .createTimestamp(NOW.minusSeconds(3600)).usageStartTimestamp(NOW.minusSeconds(3600))
                .tags(Map.of("KEY_PURPOSE", "CVV2"))
                .keyBlock(services.sealer().seal(ACCOUNT, SAMPLE_KEY_ID, cvk, true,
                        new KeyMaterial.SymmetricKey(SecretBytes.fromHex(SAMPLE_CVK))))
                .version(1).build());
        services.keyStore().createAlias(new AliasRecord(ACCOUNT, SAMPLE_ALIAS, SAMPLE_KEY_ARN, 1));
        // a partner account may read the sample CVK and verify CVV2s with it (the Get/DeleteResourcePolicy events)
        services.keyStore().putResourcePolicy(ACCOUNT, SAMPLE_KEY_ID, SAMPLE_POLICY);
        KeyAttributes macKey = new KeyAttributes(KeyUsage.TR31_M3_ISO_9797_3_MAC_KEY, KeyClass.SYMMETRIC_KEY,
                KeyAlgorithm.TDES_2KEY, KeyModesOfUse.GENERATE_VERIFY);
        String macKeyArn = SAMPLE_KEY_ARN.replace(SAMPLE_KEY_ID, SAMPLE_MAC_KEY_ID);
        services.keyStore().createKey(StoredKey.builder().account(ACCOUNT).keyId(SAMPLE_MAC_KEY_ID).keyArn(macKeyArn)
                .attributes(macKey).keyCheckValue("08D7B4").keyCheckValueAlgorithm(KeyCheckValueAlgorithm.ANSI_X9_24)
                .enabled(true).exportable(true).keyState(KeyState.CREATE_COMPLETE).keyOrigin(KeyOrigin.EXTERNAL)
                .createTimestamp(NOW.minusSeconds(3600)).usageStartTimestamp(NOW.minusSeconds(3600))
                .keyBlock(services.sealer().seal(ACCOUNT, SAMPLE_MAC_KEY_ID, macKey, true,
                        new KeyMaterial.SymmetricKey(SecretBytes.fromHex(SAMPLE_MAC_KEY))))
                .version(1).build());
        services.keyStore().createAlias(new AliasRecord(ACCOUNT, "alias/sample-mac", macKeyArn, 1));
        seed(services, "sampledek0000001", "alias/sample-dek", new KeyAttributes(
                KeyUsage.TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY, KeyClass.SYMMETRIC_KEY, KeyAlgorithm.AES_128,
                KeyModesOfUse.ENCRYPT_DECRYPT_WRAP_UNWRAP), SAMPLE_DATA_KEY);
        // PIN keys of the AWS proxy data in vectors/pinblock.json and vectors/pvv.json (confirmed against the live
        // service by their source): PIN 1234 under this PEK is C30C31411AA3D043, its PVV 3361 (PVKI 1)
        seed(services, "samplepek0000001", "alias/sample-pek", new KeyAttributes(KeyUsage.TR31_P0_PIN_ENCRYPTION_KEY,
                KeyClass.SYMMETRIC_KEY, KeyAlgorithm.TDES_2KEY, KeyModesOfUse.ENCRYPT_DECRYPT_WRAP_UNWRAP),
                "0123456789ABCDEF0123456789ABCDEF");
        seed(services, "samplepvk0000001", "alias/sample-pvk", new KeyAttributes(
                KeyUsage.TR31_V2_VISA_PIN_VERIFICATION_KEY, KeyClass.SYMMETRIC_KEY, KeyAlgorithm.TDES_2KEY,
                KeyModesOfUse.GENERATE_VERIFY), "AABBCCDDEEFF00011122334455667788");
        seed(services, "samplepek0000002", "alias/sample-pek-aes", new KeyAttributes(
                KeyUsage.TR31_P0_PIN_ENCRYPTION_KEY, KeyClass.SYMMETRIC_KEY, KeyAlgorithm.AES_128,
                KeyModesOfUse.ENCRYPT_DECRYPT_WRAP_UNWRAP), "00112233445566778899AABBCCDDEEFF");
        // the User Guide's issuer master key for its ARQC examples (KCV 08D7B4)
        seed(services, "sampleimk0000001", "alias/sample-imk-ac", new KeyAttributes(
                KeyUsage.TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS, KeyClass.SYMMETRIC_KEY, KeyAlgorithm.TDES_2KEY,
                KeyModesOfUse.DERIVE_KEY), "0123456789ABCDEFFEDCBA9876543210");
        // the secure-messaging issuer master keys of pyemv's PIN change tests (vectors/emv_pin_change.json)
        seed(services, "sampleimk0000002", "alias/sample-imk-smi", new KeyAttributes(
                KeyUsage.TR31_E2_EMV_MKEY_INTEGRITY, KeyClass.SYMMETRIC_KEY, KeyAlgorithm.TDES_2KEY,
                KeyModesOfUse.DERIVE_KEY), "0123456789ABCDEFFEDCBA9876543210");
        seed(services, "sampleimk0000003", "alias/sample-imk-smc", new KeyAttributes(
                KeyUsage.TR31_E1_EMV_MKEY_CONFIDENTIALITY, KeyClass.SYMMETRIC_KEY, KeyAlgorithm.TDES_2KEY,
                KeyModesOfUse.DERIVE_KEY), "11111111111111112222222222222222");
        seed(services, "samplekek0000001", "alias/sample-kek", new KeyAttributes(
                KeyUsage.TR31_K1_KEY_BLOCK_PROTECTION_KEY, KeyClass.SYMMETRIC_KEY, KeyAlgorithm.AES_128,
                KeyModesOfUse.ENCRYPT_DECRYPT_WRAP_UNWRAP), "89E88CF7931444F334BD7547FC3F380C");
        // an AS2805 KEK (TDES K0): the test KEK of the AS2805 vectors (shared/crypto vectors/as2805.json, KCV 08D7B4)
        seed(services, "samplekek0000002", "alias/sample-as2805-kek", new KeyAttributes(
                KeyUsage.TR31_K0_KEY_ENCRYPTION_KEY, KeyClass.SYMMETRIC_KEY, KeyAlgorithm.TDES_2KEY,
                KeyModesOfUse.ENCRYPT_DECRYPT_WRAP_UNWRAP), "0123456789ABCDEFFEDCBA9876543210");
        // a fixed K3 key pair and the ECC root of the partner it agrees keys with (generated once for the samples;
        // the TranslateKeyMaterial event's TR-31 block is under the key they agree)
        seedKeyPair(services, "sampleecdh000001", "alias/sample-ecdh", new KeyAttributes(
                KeyUsage.TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT, KeyClass.ASYMMETRIC_KEY_PAIR,
                KeyAlgorithm.ECC_NIST_P256, KeyModesOfUse.DERIVE_KEY), fixedEcKeyPair("/fixtures/sample-ecdh-key.pem"));
        seedCertificate(services, "samplepca0000001", "alias/sample-partner-ca", new KeyAttributes(
                KeyUsage.TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE, KeyClass.PUBLIC_KEY,
                KeyAlgorithm.ECC_NIST_P256, KeyModesOfUse.VERIFY), "/fixtures/sample-partner-ca.pem");
        CallContext context = new CallContext(ACCOUNT, services.region(), NOW, null);
        KeyMaterial.KeyPair wrapping = sampleWrappingKey();
        var certificate = CertificateIssuer.selfSignedAuthority("CN=sample wrapping key", wrapping.publicKey(),
                wrapping.privateKey(), NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)), services.random());
        new ExchangeTokens(services.keyStore(), services.sealer(), services.random(),
                new AccountAuthority(services.keyStore(), services.sealer(), services.random()))
                .store(context, SAMPLE_IMPORT_TOKEN, ExchangeTokens.Type.KEY_CRYPTOGRAM_IMPORT, wrapping, certificate,
                NOW.plus(Duration.ofDays(30)));
        return services;
    }

    /** Stores a symmetric sample key under a fixed id with an alias. */
    private static void seed(Services services, String keyId, String alias, KeyAttributes attributes, String clearHex) {
        seedKey(services, keyId, alias, attributes, new KeyMaterial.SymmetricKey(SecretBytes.fromHex(clearHex)), null);
    }

    /** Stores a K3 key pair under a fixed id with an alias; it derives KBPKs. */
    private static void seedKeyPair(Services services, String keyId, String alias, KeyAttributes attributes,
                                    KeyMaterial pair) {
        seedKey(services, keyId, alias, attributes, pair, KeyUsage.TR31_K1_KEY_BLOCK_PROTECTION_KEY);
    }

    /** Stores an imported certificate authority under a fixed id with an alias. */
    private static void seedCertificate(Services services, String keyId, String alias, KeyAttributes attributes,
                                        String resource) {
        seedKey(services, keyId, alias, attributes, new KeyMaterial.PublicKeyCertificate(CertificateIssuer
                .fromBase64Pem(Base64.getEncoder().encodeToString(readResource(resource)))), null);
    }

    /** Symmetric keys are exportable test keys of external origin; key pairs and certificates are neither. */
    private static void seedKey(Services services, String keyId, String alias, KeyAttributes attributes,
                                KeyMaterial material, KeyUsage deriveKeyUsage) {
        boolean symmetric = material instanceof KeyMaterial.SymmetricKey;
        String arn = SAMPLE_KEY_ARN.replace(SAMPLE_KEY_ID, keyId);
        services.keyStore().createKey(StoredKey.builder().account(ACCOUNT).keyId(keyId).keyArn(arn)
                .attributes(attributes).keyCheckValue(symmetric ? "000000" : "00000000")
                .keyCheckValueAlgorithm(symmetric ? KeyCheckValueAlgorithm.CMAC : KeyCheckValueAlgorithm.SHA_1)
                .enabled(true).exportable(symmetric).keyState(KeyState.CREATE_COMPLETE)
                .keyOrigin(symmetric ? KeyOrigin.EXTERNAL : KeyOrigin.AWS_PAYMENT_CRYPTOGRAPHY)
                .createTimestamp(NOW.minusSeconds(3600)).usageStartTimestamp(NOW.minusSeconds(3600))
                .deriveKeyUsage(deriveKeyUsage)
                .keyBlock(services.sealer().seal(ACCOUNT, keyId, attributes, symmetric, material))
                .version(1).build());
        services.keyStore().createAlias(new AliasRecord(ACCOUNT, alias, arn, 1));
    }

    private static KeyMaterial.KeyPair fixedEcKeyPair(String resource) {
        try {
            KeyFactory ec = KeyFactory.getInstance("EC");
            java.security.interfaces.ECPrivateKey privateKey = (java.security.interfaces.ECPrivateKey) ec
                    .generatePrivate(new PKCS8EncodedKeySpec(privateKeyDer(resource)));
            // the public point is the private scalar times the curve's generator
            org.bouncycastle.jce.spec.ECNamedCurveParameterSpec curve =
                    org.bouncycastle.jce.ECNamedCurveTable.getParameterSpec("secp256r1");
            org.bouncycastle.math.ec.ECPoint q = curve.getG().multiply(privateKey.getS()).normalize();
            PublicKey publicKey = ec.generatePublic(new java.security.spec.ECPublicKeySpec(
                    new java.security.spec.ECPoint(q.getAffineXCoord().toBigInteger(),
                            q.getAffineYCoord().toBigInteger()), privateKey.getParams()));
            return new KeyMaterial.KeyPair(privateKey, publicKey);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("The sample ECDH key fixture is unreadable", e);
        }
    }

    /** The DER of a PKCS #8 PEM private key fixture. */
    private static byte[] privateKeyDer(String resource) {
        String pem = new String(readResource(resource), StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(pem);
    }

    private static byte[] readResource(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Missing fixture " + resource, e);
        }
    }

    private static KeyMaterial.KeyPair sampleWrappingKey() {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(
                    privateKeyDer("/fixtures/import-wrapping-key.pem")));
            RSAPrivateCrtKey crt = (RSAPrivateCrtKey) privateKey;
            PublicKey publicKey = rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            return new KeyMaterial.KeyPair(privateKey, publicKey);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("The sample wrapping key fixture is unreadable", e);
        }
    }
}
