package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.paymentcryptography.model.As2805KeyVariant;
import software.amazon.awssdk.services.paymentcryptography.model.ExportKeyResponse;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyModesOfUse;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptography.model.WrappedKeyMaterialFormat;
import software.amazon.awssdk.services.paymentcryptographydata.model.GenerateAs2805KekValidationResponse;
import software.amazon.awssdk.services.paymentcryptographydata.model.MacAlgorithm;
import software.amazon.awssdk.services.paymentcryptographydata.model.RandomKeySendVariantMask;
import software.amazon.awssdk.services.paymentcryptographydata.model.SymmetricKeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptographydata.model.VerificationFailedException;
import software.amazon.awssdk.services.paymentcryptographydata.model.VerificationFailedReason;

/**
 * AS2805 through the SDK against the running service: working keys imported from cryptograms the test makes with
 * the JDK's DESede/CBC under KEK ⊕ variant (independent of the service's crypto layer), keys exported and unwrapped
 * here, the KEK validation round trip, the AS2805_4_1 MAC against CyberChef's vector, PIN translation under the
 * KPE derived from the STAN and amount (the researcher's vector from AWS's sample algorithm, vectors/as2805.json),
 * and the refusals: variant 00, mask 82C0, unanchored random-key lengths, a KEK of the wrong usage or modes, a
 * variant that does not match the key's usage.
 */
class As2805E2ETest extends LocalServiceTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    /** The test KEK of vectors/as2805.json (KCV 08D7B4). */
    private static final String KEK = "0123456789ABCDEFFEDCBA9876543210";
    private static final String WORKING = "1111111111111111AAAAAAAAAAAAAAAA";
    private static final KeyModesOfUse ALL_CRYPT = KeyModesOfUse.builder().encrypt(true).decrypt(true).wrap(true)
            .unwrap(true).build();
    private static final KeyModesOfUse MAC = KeyModesOfUse.builder().generate(true).verify(true).build();

    private static Key kek;
    private static JsonNode vectors;

    @BeforeAll
    static void importKek() throws Exception {
        kek = E2E.importKey(control, KEK, KeyUsage.TR31_K0_KEY_ENCRYPTION_KEY, KeyAlgorithm.TDES_2_KEY, ALL_CRYPT,
                KeyAlgorithm.RSA_2048);
        try (InputStream in = As2805E2ETest.class.getResourceAsStream("/vectors/as2805.json")) {
            vectors = new ObjectMapper().readTree(in).get("vectors");
        }
    }

    @Test
    void importsWorkingKeysFromCryptogramsMadeWithTheJdk() {
        record Case(As2805KeyVariant variant, String pattern, KeyUsage usage, KeyModesOfUse modes) {
        }
        for (Case c : new Case[] {
                new Case(As2805KeyVariant.PIN_ENCRYPTION_KEY_VARIANT_28, "28C0", KeyUsage.TR31_P0_PIN_ENCRYPTION_KEY,
                        ALL_CRYPT),
                new Case(As2805KeyVariant.MESSAGE_AUTHENTICATION_KEY_VARIANT_24, "24C0",
                        KeyUsage.TR31_M0_ISO_16609_MAC_KEY, MAC),
                new Case(As2805KeyVariant.DATA_ENCRYPTION_KEY_VARIANT_22, "22C0",
                        KeyUsage.TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY, ALL_CRYPT)}) {
            String cryptogram = jdkCbc(Cipher.ENCRYPT_MODE, masked(KEK, c.pattern()), WORKING);
            assertThat(cryptogram).isEqualTo(vector("cryptogram-" + c.variant().toString().toLowerCase())
                    .get("expected").get("KeyMaterial").asText());
            Key imported = control.importKey(r -> r.keyMaterial(m -> m.as2805KeyCryptogram(a -> a
                    .as2805KeyVariant(c.variant()).keyAlgorithm(KeyAlgorithm.TDES_2_KEY).keyModesOfUse(c.modes())
                    .exportable(true).wrappingKeyIdentifier(kek.keyArn()).wrappedKeyCryptogram(cryptogram)))).key();
            assertThat(imported.keyCheckValue()).as(c.variant().toString()).isEqualTo(jdkKcv(WORKING))
                    .isEqualTo("204A3B");
            assertThat(imported.keyAttributes().keyUsage()).isEqualTo(c.usage());
        }
    }

    @Test
    void exportsAKeyThatTheTestUnwrapsWithTheJdk() {
        String clear = "0123456789ABCDEF0123456789ABCDEF";
        Key pek = E2E.importKey(control, clear, KeyUsage.TR31_P0_PIN_ENCRYPTION_KEY, KeyAlgorithm.TDES_2_KEY,
                ALL_CRYPT, KeyAlgorithm.RSA_2048);
        ExportKeyResponse exported = control.exportKey(r -> r.exportKeyIdentifier(pek.keyArn())
                .keyMaterial(m -> m.as2805KeyCryptogram(a -> a.wrappingKeyIdentifier(kek.keyArn())
                        .as2805KeyVariant(As2805KeyVariant.PIN_ENCRYPTION_KEY_VARIANT_28))));
        assertThat(exported.wrappedKey().wrappedKeyMaterialFormat()).isEqualTo(WrappedKeyMaterialFormat.KEY_CRYPTOGRAM);
        assertThat(exported.wrappedKey().wrappingKeyArn()).isEqualTo(kek.keyArn());
        assertThat(exported.wrappedKey().keyCheckValue()).isEqualTo(jdkKcv(clear)).isEqualTo(pek.keyCheckValue());
        assertThat(jdkCbc(Cipher.DECRYPT_MODE, masked(KEK, "28C0"), exported.wrappedKey().keyMaterial()))
                .isEqualTo(clear);
        // the same key under the MAC variant does not unwrap to it: the variant is part of the wrapping
        assertThat(jdkCbc(Cipher.DECRYPT_MODE, masked(KEK, "24C0"), exported.wrappedKey().keyMaterial()))
                .isNotEqualTo(clear);
    }

    @Test
    void kekValidationResponseToTheRequestsKrsGivesTheRequestsKrr() {
        GenerateAs2805KekValidationResponse request = data.generateAs2805KekValidation(r -> r
                .keyIdentifier(kek.keyArn()).randomKeySendVariantMask(RandomKeySendVariantMask.VARIANT_MASK_82)
                .kekValidationType(t -> t.kekValidationRequest(v -> v.deriveKeyAlgorithm(SymmetricKeyAlgorithm.TDES_2_KEY))));
        assertThat(request.keyCheckValue()).isEqualTo("08D7B4");
        assertThat(request.randomKeySend()).hasSize(32);
        GenerateAs2805KekValidationResponse response = data.generateAs2805KekValidation(r -> r
                .keyIdentifier(kek.keyArn()).randomKeySendVariantMask(RandomKeySendVariantMask.VARIANT_MASK_82)
                .kekValidationType(t -> t.kekValidationResponse(v -> v.randomKeySend(request.randomKeySend()))));
        assertThat(response.randomKeyReceive()).isEqualTo(request.randomKeyReceive());
        assertThat(response.randomKeySend()).isEqualTo(request.randomKeySend());

        // the partner's side computed here with the JDK: RND from KRs under KEK^82.., KRr = E[KEK^84..](P(~RND))
        byte[] rnd = HEX.parseHex(jdkCbc(Cipher.DECRYPT_MODE, masked(KEK, "82"), request.randomKeySend()));
        for (int i = 0; i < rnd.length; i++) {
            int complement = ~rnd[i] & 0xFF;
            rnd[i] = (byte) (Integer.bitCount(complement) % 2 == 0 ? complement ^ 1 : complement);
        }
        assertThat(jdkCbc(Cipher.ENCRYPT_MODE, masked(KEK, "84"), HEX.formatHex(rnd)))
                .isEqualTo(request.randomKeyReceive());

        JsonNode v = vector("kekval-response-variant82-ug-krs-testkek");
        assertThat(data.generateAs2805KekValidation(r -> r.keyIdentifier(kek.keyArn())
                .randomKeySendVariantMask(RandomKeySendVariantMask.VARIANT_MASK_82)
                .kekValidationType(t -> t.kekValidationResponse(x -> x.randomKeySend(
                        v.get("inputs").get("RandomKeySend").asText())))).randomKeyReceive())
                .isEqualTo(v.get("expected").get("RandomKeyReceive").asText());
    }

    @Test
    void as2805MacMatchesTheCyberChefVector() {
        JsonNode v = vector("cyberchef-as2805-mac-1block");
        Key m0 = E2E.importKey(control, v.get("inputs").get("key").asText(), KeyUsage.TR31_M0_ISO_16609_MAC_KEY,
                KeyAlgorithm.TDES_2_KEY, MAC, KeyAlgorithm.RSA_2048);
        String message = v.get("inputs").get("message").asText();
        String expected = v.get("expected").asText();
        assertThat(data.generateMac(r -> r.keyIdentifier(m0.keyArn()).messageData(message)
                .generationAttributes(g -> g.algorithm(MacAlgorithm.AS2805_4_1))).mac()).isEqualTo(expected);
        assertThat(data.generateMac(r -> r.keyIdentifier(m0.keyArn()).messageData(message).macLength(4)
                .generationAttributes(g -> g.algorithm(MacAlgorithm.AS2805_4_1))).mac())
                .isEqualTo(expected.substring(0, 8));
        assertThat(data.verifyMac(r -> r.keyIdentifier(m0.keyArn()).messageData(message).mac(expected.substring(0, 8))
                .verificationAttributes(g -> g.algorithm(MacAlgorithm.AS2805_4_1))).keyArn()).isEqualTo(m0.keyArn());
        assertThatThrownBy(() -> data.verifyMac(r -> r.keyIdentifier(m0.keyArn()).messageData(message)
                .mac("00000000").verificationAttributes(g -> g.algorithm(MacAlgorithm.AS2805_4_1))))
                .isInstanceOfSatisfying(VerificationFailedException.class,
                        e -> assertThat(e.reason()).isEqualTo(VerificationFailedReason.INVALID_MAC));
        // an M3 key does not run the AS2805 MAC
        Key m3 = E2E.importKey(control, v.get("inputs").get("key").asText(), KeyUsage.TR31_M3_ISO_9797_3_MAC_KEY,
                KeyAlgorithm.TDES_2_KEY, MAC, KeyAlgorithm.RSA_2048);
        assertThatThrownBy(() -> data.generateMac(r -> r.keyIdentifier(m3.keyArn()).messageData(message)
                .generationAttributes(g -> g.algorithm(MacAlgorithm.AS2805_4_1))))
                .isInstanceOf(software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException.class)
                .hasMessageContaining("TR31_M0_ISO_16609_MAC_KEY");
    }

    @Test
    void translatesAPinBlockUnderTheDerivedKpe() {
        JsonNode v = vector("kpe-stan000438-amt000000000328");
        JsonNode in = v.get("inputs");
        Key kpp = E2E.importKey(control, in.get("kpp").asText(), KeyUsage.TR31_P0_PIN_ENCRYPTION_KEY,
                KeyAlgorithm.TDES_2_KEY, ALL_CRYPT, KeyAlgorithm.RSA_2048);
        String outgoingClear = "0123456789ABCDEF0123456789ABCDEF";
        Key outgoing = E2E.importKey(control, outgoingClear, KeyUsage.TR31_P0_PIN_ENCRYPTION_KEY,
                KeyAlgorithm.TDES_2_KEY, ALL_CRYPT, KeyAlgorithm.RSA_2048);
        String pan = in.get("pan").asText();
        String translated = data.translatePinData(r -> r.incomingKeyIdentifier(kpp.keyArn())
                .outgoingKeyIdentifier(outgoing.keyArn())
                .encryptedPinBlock(v.get("expected").get("pin_block_under_KPE").asText())
                .incomingAs2805Attributes(a -> a.systemTraceAuditNumber(in.get("SystemTraceAuditNumber").asText())
                        .transactionAmount(in.get("TransactionAmount").asText()))
                .incomingTranslationAttributes(t -> t.isoFormat0(f -> f.primaryAccountNumber(pan)))
                .outgoingTranslationAttributes(t -> t.as2805Format0(f -> f.primaryAccountNumber(pan))))
                .pinBlock();
        // ISO-0 (as As2805Format0 is served) of PIN 1234 for this PAN, under the outgoing key, with the JDK
        assertThat(jdkEcb(outgoingClear, in.get("clear_iso0_pin_block").asText())).isEqualTo(translated);
    }

    @Test
    void refusesWhatPublicMaterialDoesNotFixAndKeysOfTheWrongKind() throws Exception {
        int keysBefore = control.listKeys(r -> r.maxResults(100)).keys().size();
        String cryptogram = jdkCbc(Cipher.ENCRYPT_MODE, masked(KEK, "28C0"), WORKING);
        // variant 00, on import and export
        assertThatThrownBy(() -> control.importKey(r -> r.keyMaterial(m -> m.as2805KeyCryptogram(a -> a
                .as2805KeyVariant(As2805KeyVariant.TERMINAL_MAJOR_KEY_VARIANT_00).keyAlgorithm(KeyAlgorithm.TDES_2_KEY)
                .keyModesOfUse(ALL_CRYPT).exportable(true).wrappingKeyIdentifier(kek.keyArn())
                .wrappedKeyCryptogram(cryptogram)))))
                .isInstanceOf(software.amazon.awssdk.services.paymentcryptography.model.ValidationException.class)
                .hasMessageContaining("TERMINAL_MAJOR_KEY_VARIANT_00").hasMessageContaining("variant mask");
        Key pek = E2E.importKey(control, WORKING, KeyUsage.TR31_P0_PIN_ENCRYPTION_KEY, KeyAlgorithm.TDES_2_KEY,
                ALL_CRYPT, KeyAlgorithm.RSA_2048);
        keysBefore++;
        assertThatThrownBy(() -> control.exportKey(r -> r.exportKeyIdentifier(pek.keyArn())
                .keyMaterial(m -> m.as2805KeyCryptogram(a -> a.wrappingKeyIdentifier(kek.keyArn())
                        .as2805KeyVariant(As2805KeyVariant.TERMINAL_MAJOR_KEY_VARIANT_00)))))
                .isInstanceOf(software.amazon.awssdk.services.paymentcryptography.model.ValidationException.class)
                .hasMessageContaining("variant mask");
        // a variant that does not match the key's usage
        assertThatThrownBy(() -> control.exportKey(r -> r.exportKeyIdentifier(pek.keyArn())
                .keyMaterial(m -> m.as2805KeyCryptogram(a -> a.wrappingKeyIdentifier(kek.keyArn())
                        .as2805KeyVariant(As2805KeyVariant.MESSAGE_AUTHENTICATION_KEY_VARIANT_24)))))
                .isInstanceOf(software.amazon.awssdk.services.paymentcryptography.model.ValidationException.class)
                .hasMessageContaining("TR31_M0_ISO_16609_MAC_KEY").hasMessageContaining("TR31_P0_PIN_ENCRYPTION_KEY");
        // a cryptogram of the wrong length for the key algorithm
        assertThatThrownBy(() -> control.importKey(r -> r.keyMaterial(m -> m.as2805KeyCryptogram(a -> a
                .as2805KeyVariant(As2805KeyVariant.PIN_ENCRYPTION_KEY_VARIANT_28).keyAlgorithm(KeyAlgorithm.TDES_2_KEY)
                .keyModesOfUse(ALL_CRYPT).exportable(true).wrappingKeyIdentifier(kek.keyArn())
                .wrappedKeyCryptogram(cryptogram + "A")))))
                .isInstanceOf(software.amazon.awssdk.services.paymentcryptography.model.ValidationException.class)
                .hasMessageContaining("WrappedKeyCryptogram");
        // a TDES_3KEY working key under a TDES_2KEY KEK: the wrapping key would be weaker than the key
        assertThatThrownBy(() -> control.importKey(r -> r.keyMaterial(m -> m.as2805KeyCryptogram(a -> a
                .as2805KeyVariant(As2805KeyVariant.PIN_ENCRYPTION_KEY_VARIANT_28).keyAlgorithm(KeyAlgorithm.TDES_3_KEY)
                .keyModesOfUse(ALL_CRYPT).exportable(true).wrappingKeyIdentifier(kek.keyArn())
                .wrappedKeyCryptogram(cryptogram + cryptogram.substring(0, 16))))))
                .isInstanceOf(software.amazon.awssdk.services.paymentcryptography.model.ValidationException.class)
                .hasMessageContaining("weaker");
        // a MAC variant with modes of use a MAC key cannot have
        assertThatThrownBy(() -> control.importKey(r -> r.keyMaterial(m -> m.as2805KeyCryptogram(a -> a
                .as2805KeyVariant(As2805KeyVariant.MESSAGE_AUTHENTICATION_KEY_VARIANT_24)
                .keyAlgorithm(KeyAlgorithm.TDES_2_KEY).keyModesOfUse(ALL_CRYPT).exportable(true)
                .wrappingKeyIdentifier(kek.keyArn()).wrappedKeyCryptogram(cryptogram)))))
                .isInstanceOf(software.amazon.awssdk.services.paymentcryptography.model.ValidationException.class);
        // a KEK of the wrong usage (K1), and a K0 whose modes do not allow Unwrap (import) or Wrap (export)
        Key k1 = E2E.importKey(control, KEK, KeyUsage.TR31_K1_KEY_BLOCK_PROTECTION_KEY, KeyAlgorithm.TDES_2_KEY,
                ALL_CRYPT, KeyAlgorithm.RSA_2048);
        Key wrapOnly = E2E.importKey(control, KEK, KeyUsage.TR31_K0_KEY_ENCRYPTION_KEY, KeyAlgorithm.TDES_2_KEY,
                KeyModesOfUse.builder().encrypt(true).wrap(true).build(), KeyAlgorithm.RSA_2048);
        Key unwrapOnly = E2E.importKey(control, KEK, KeyUsage.TR31_K0_KEY_ENCRYPTION_KEY, KeyAlgorithm.TDES_2_KEY,
                KeyModesOfUse.builder().decrypt(true).unwrap(true).build(), KeyAlgorithm.RSA_2048);
        keysBefore += 3;
        for (Key wrong : new Key[] {k1, wrapOnly}) {
            assertThatThrownBy(() -> control.importKey(r -> r.keyMaterial(m -> m.as2805KeyCryptogram(a -> a
                    .as2805KeyVariant(As2805KeyVariant.PIN_ENCRYPTION_KEY_VARIANT_28)
                    .keyAlgorithm(KeyAlgorithm.TDES_2_KEY).keyModesOfUse(ALL_CRYPT).exportable(true)
                    .wrappingKeyIdentifier(wrong.keyArn()).wrappedKeyCryptogram(cryptogram)))))
                    .isInstanceOf(software.amazon.awssdk.services.paymentcryptography.model.ValidationException.class)
                    .hasMessageContaining(wrong == k1 ? "TR31_K0_KEY_ENCRYPTION_KEY" : "requires {Unwrap}");
        }
        for (Key wrong : new Key[] {k1, unwrapOnly}) {
            assertThatThrownBy(() -> control.exportKey(r -> r.exportKeyIdentifier(pek.keyArn())
                    .keyMaterial(m -> m.as2805KeyCryptogram(a -> a.wrappingKeyIdentifier(wrong.keyArn())
                            .as2805KeyVariant(As2805KeyVariant.PIN_ENCRYPTION_KEY_VARIANT_28)))))
                    .isInstanceOf(software.amazon.awssdk.services.paymentcryptography.model.ValidationException.class)
                    .hasMessageContaining(wrong == k1 ? "TR31_K0_KEY_ENCRYPTION_KEY" : "requires {Wrap}");
        }
        // a key that is not exportable
        Key fixed = control.createKey(r -> r.exportable(false).keyAttributes(a -> a.keyAlgorithm(KeyAlgorithm.TDES_2_KEY)
                .keyUsage(KeyUsage.TR31_P0_PIN_ENCRYPTION_KEY)
                .keyClass(software.amazon.awssdk.services.paymentcryptography.model.KeyClass.SYMMETRIC_KEY)
                .keyModesOfUse(ALL_CRYPT))).key();
        keysBefore++;
        assertThatThrownBy(() -> control.exportKey(r -> r.exportKeyIdentifier(fixed.keyArn())
                .keyMaterial(m -> m.as2805KeyCryptogram(a -> a.wrappingKeyIdentifier(kek.keyArn())
                        .as2805KeyVariant(As2805KeyVariant.PIN_ENCRYPTION_KEY_VARIANT_28)))))
                .isInstanceOf(software.amazon.awssdk.services.paymentcryptography.model.ValidationException.class)
                .hasMessageContaining("not exportable");
        assertThat(control.listKeys(r -> r.maxResults(100)).keys()).hasSize(keysBefore);

        // KEK validation: mask 82C0, a KEK without Wrap (request) or Unwrap (response), unanchored lengths
        assertThatThrownBy(() -> data.generateAs2805KekValidation(r -> r.keyIdentifier(kek.keyArn())
                .randomKeySendVariantMask(RandomKeySendVariantMask.VARIANT_MASK_82_C0)
                .kekValidationType(t -> t.kekValidationRequest(v -> v.deriveKeyAlgorithm(SymmetricKeyAlgorithm.TDES_2_KEY)))))
                .isInstanceOf(software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException.class)
                .hasMessageContaining("VARIANT_MASK_82C0").hasMessageContaining("variant mask");
        assertThatThrownBy(() -> data.generateAs2805KekValidation(r -> r.keyIdentifier(unwrapOnly.keyArn())
                .randomKeySendVariantMask(RandomKeySendVariantMask.VARIANT_MASK_82)
                .kekValidationType(t -> t.kekValidationRequest(v -> v.deriveKeyAlgorithm(SymmetricKeyAlgorithm.TDES_2_KEY)))))
                .isInstanceOf(software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException.class)
                .hasMessageContaining("requires {Wrap}");
        assertThatThrownBy(() -> data.generateAs2805KekValidation(r -> r.keyIdentifier(wrapOnly.keyArn())
                .randomKeySendVariantMask(RandomKeySendVariantMask.VARIANT_MASK_82)
                .kekValidationType(t -> t.kekValidationResponse(v -> v.randomKeySend("9217DC67B8763BABCDFD3DADFCD0F84A")))))
                .isInstanceOf(software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException.class)
                .hasMessageContaining("requires {Unwrap}");
        assertThatThrownBy(() -> data.generateAs2805KekValidation(r -> r.keyIdentifier(kek.keyArn())
                .randomKeySendVariantMask(RandomKeySendVariantMask.VARIANT_MASK_82)
                .kekValidationType(t -> t.kekValidationRequest(v -> v.deriveKeyAlgorithm(SymmetricKeyAlgorithm.TDES_3_KEY)))))
                .isInstanceOf(software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException.class)
                .hasMessageContaining("TDES_3KEY");
        assertThatThrownBy(() -> data.generateAs2805KekValidation(r -> r.keyIdentifier(kek.keyArn())
                .randomKeySendVariantMask(RandomKeySendVariantMask.VARIANT_MASK_82)
                .kekValidationType(t -> t.kekValidationResponse(v -> v.randomKeySend("9217DC67B8763BAB")))))
                .isInstanceOf(software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException.class)
                .hasMessageContaining("RandomKeySend");
        // RandomKeyMaxLength is not in SDK 2.41's KekValidationRequest: a signed raw request
        HttpResponse<String> raw = RawRequests.send(service.endpoint(),
                RawRequests.Signer.DEFAULT.forService("payment-cryptography"), "POST",
                "/as2805kekvalidation/generate", Map.of("Content-Type", "application/json"),
                "{\"KeyIdentifier\":\"" + kek.keyArn() + "\",\"RandomKeySendVariantMask\":\"VARIANT_MASK_82\","
                        + "\"KekValidationType\":{\"KekValidationRequest\":{\"DeriveKeyAlgorithm\":\"TDES_2KEY\","
                        + "\"RandomKeyMaxLength\":\"BYTES_24\"}}}");
        assertThat(raw.statusCode()).as(raw.body()).isEqualTo(400);
        assertThat(raw.headers().firstValue("x-amzn-ErrorType")).hasValueSatisfying(t -> assertThat(t).startsWith("ValidationException"));
        assertThat(raw.body()).contains("BYTES_24");
    }

    // ---- the partner's side, with the JDK's ciphers

    private static String masked(String keyHex, String pattern) {
        byte[] key = HEX.parseHex(keyHex);
        byte[] mask = HEX.parseHex(pattern.repeat(key.length / (pattern.length() / 2)));
        for (int i = 0; i < key.length; i++) {
            key[i] ^= mask[i];
        }
        return HEX.formatHex(key);
    }

    private static String jdkCbc(int mode, String keyHex, String dataHex) {
        return HEX.formatHex(run("DESede/CBC/NoPadding", mode, keyHex, new IvParameterSpec(new byte[8]), dataHex));
    }

    private static String jdkEcb(String keyHex, String dataHex) {
        return HEX.formatHex(run("DESede/ECB/NoPadding", Cipher.ENCRYPT_MODE, keyHex, null, dataHex));
    }

    private static String jdkKcv(String keyHex) {
        return jdkEcb(keyHex, "0000000000000000").substring(0, 6);
    }

    private static byte[] run(String transformation, int mode, String keyHex, IvParameterSpec iv, String dataHex) {
        byte[] key = HEX.parseHex(keyHex);
        byte[] full = Arrays.copyOf(key, 24);
        System.arraycopy(key, 0, full, 16, 8);
        try {
            Cipher cipher = Cipher.getInstance(transformation);
            if (iv == null) {
                cipher.init(mode, new SecretKeySpec(full, "DESede"));
            } else {
                cipher.init(mode, new SecretKeySpec(full, "DESede"), iv);
            }
            return cipher.doFinal(HEX.parseHex(dataHex));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode vector(String id) {
        for (JsonNode v : vectors) {
            if (v.get("id").asText().equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
