package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyClass;
import software.amazon.awssdk.services.paymentcryptography.model.KeyModesOfUse;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptographydata.model.MacAlgorithm;
import software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException;
import software.amazon.awssdk.services.paymentcryptographydata.model.VerificationFailedException;
import software.amazon.awssdk.services.paymentcryptographydata.model.VerificationFailedReason;

/**
 * GenerateMac / VerifyMac through the SDK with keys imported as key cryptograms: the published ISO/IEC 9797-1
 * algorithm 1 and 3 MACs (vectors/mac_iso9797.json; data the sources pad by method 2 or 3 is sent pre-padded, since
 * the service pads by method 1 only) and TDES CMACs (vectors/cmac.json, NIST SP 800-38B via openemv/crypto).
 */
class MacE2ETest extends LocalServiceTest {

    static Stream<Arguments> vectors() throws Exception {
        List<Arguments> selected = new ArrayList<>();
        for (String family : List.of("mac_iso9797", "cmac")) {
            try (InputStream in = MacE2ETest.class.getResourceAsStream("/vectors/" + family + ".json")) {
                new ObjectMapper().readTree(in).get("vectors").forEach(v -> {
                    String algorithm = v.get("algorithm").asText();
                    boolean tdes16 = v.get("key").asText().length() == 32;
                    if (tdes16 && (algorithm.startsWith("ISO9797") || "CMAC-TDES-2key".equals(algorithm))) {
                        selected.add(Arguments.of(v.get("id").asText(), v));
                    }
                });
            }
        }
        return selected.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void reproducesPublishedMacs(String id, JsonNode v) {
        String algorithm = v.get("algorithm").asText();
        KeyUsage usage = switch (algorithm) {
            case "ISO9797_ALGORITHM1" -> KeyUsage.TR31_M1_ISO_9797_1_MAC_KEY;
            case "ISO9797_ALGORITHM3" -> KeyUsage.TR31_M3_ISO_9797_3_MAC_KEY;
            default -> KeyUsage.TR31_M6_ISO_9797_5_CMAC_KEY;
        };
        MacAlgorithm mac = switch (algorithm) {
            case "ISO9797_ALGORITHM1" -> MacAlgorithm.ISO9797_ALGORITHM1;
            case "ISO9797_ALGORITHM3" -> MacAlgorithm.ISO9797_ALGORITHM3;
            default -> MacAlgorithm.CMAC;
        };
        Key key = importMacKey(v.get("key").asText(), usage);
        String data = prePadded(v);
        String expected = v.get("expected").has("mac") ? v.get("expected").get("mac").asText()
                : v.get("expected").get("cmac").asText();
        int length = expected.length() / 2;
        String generated = data().generateMac(r -> r.keyIdentifier(key.keyArn()).messageData(data).macLength(length)
                .generationAttributes(g -> g.algorithm(mac))).mac();
        assertThat(generated).isEqualTo(expected);
        assertThat(data().verifyMac(r -> r.keyIdentifier(key.keyArn()).messageData(data).mac(expected)
                .verificationAttributes(g -> g.algorithm(mac))).keyCheckValue()).isEqualTo(key.keyCheckValue());
        String wrong = (expected.charAt(0) == 'A' ? "B" : "A") + expected.substring(1);
        assertThatThrownBy(() -> data().verifyMac(r -> r.keyIdentifier(key.keyArn()).messageData(data).mac(wrong)
                .verificationAttributes(g -> g.algorithm(mac))))
                .isInstanceOfSatisfying(VerificationFailedException.class,
                        e -> assertThat(e.reason()).isEqualTo(VerificationFailedReason.INVALID_MAC));
    }

    @Test
    void hmacRoundTripsWithTheKeysOwnHashAndRefusesOtherKinds() {
        Key hmac = control.createKey(r -> r.exportable(false).keyAttributes(a -> a.keyAlgorithm(KeyAlgorithm.HMAC_SHA512)
                .keyUsage(KeyUsage.TR31_M7_HMAC_KEY).keyClass(KeyClass.SYMMETRIC_KEY)
                .keyModesOfUse(m -> m.generate(true).verify(true)))).key();
        String message = "00112233445566778899";
        String full = data().generateMac(r -> r.keyIdentifier(hmac.keyArn()).messageData(message)
                .generationAttributes(g -> g.algorithm(MacAlgorithm.HMAC))).mac();
        assertThat(full).hasSize(128);
        String named = data().generateMac(r -> r.keyIdentifier(hmac.keyArn()).messageData(message).macLength(16)
                .generationAttributes(g -> g.algorithm(MacAlgorithm.HMAC_SHA512))).mac();
        assertThat(named).isEqualTo(full.substring(0, 32));
        assertThat(data().verifyMac(r -> r.keyIdentifier(hmac.keyArn()).messageData(message).mac(named).macLength(16)
                .verificationAttributes(g -> g.algorithm(MacAlgorithm.HMAC))).keyArn()).isEqualTo(hmac.keyArn());
        assertThatThrownBy(() -> data().generateMac(r -> r.keyIdentifier(hmac.keyArn()).messageData(message)
                .generationAttributes(g -> g.algorithm(MacAlgorithm.HMAC_SHA256))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("HMAC_SHA256");
        Key cvk = E2E.createCvk(control);
        assertThatThrownBy(() -> data().generateMac(r -> r.keyIdentifier(cvk.keyArn()).messageData(message)
                .generationAttributes(g -> g.algorithm(MacAlgorithm.CMAC))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("TR31_M6_ISO_9797_5_CMAC_KEY");
    }

    private static software.amazon.awssdk.services.paymentcryptographydata.PaymentCryptographyDataClient data() {
        return data;
    }

    private static Key importMacKey(String clearHex, KeyUsage usage) {
        return E2E.importKey(control, clearHex, usage, KeyAlgorithm.TDES_2_KEY,
                KeyModesOfUse.builder().generate(true).verify(true).build(), KeyAlgorithm.RSA_2048);
    }

    /** The message as the service receives it: method-2 and method-3 padding applied by the caller. */
    private static String prePadded(JsonNode v) {
        String hex = v.has("data_hex") ? v.get("data_hex").asText() : v.get("data").asText();
        String padding = v.path("padding").asText("");
        byte[] data = HexFormat.of().parseHex(hex);
        if (padding.endsWith("method 2")) {
            byte[] padded = java.util.Arrays.copyOf(data, (data.length / 8 + 1) * 8);
            padded[data.length] = (byte) 0x80;
            return HexFormat.of().withUpperCase().formatHex(padded);
        }
        if (padding.endsWith("method 3")) {
            byte[] body = java.util.Arrays.copyOf(data, (data.length + 7) / 8 * 8);
            byte[] padded = new byte[8 + body.length];
            long bits = data.length * 8L;
            for (int i = 0; i < 8; i++) {
                padded[7 - i] = (byte) (bits >>> (8 * i));
            }
            System.arraycopy(body, 0, padded, 8, body.length);
            return HexFormat.of().withUpperCase().formatHex(padded);
        }
        return HexFormat.of().withUpperCase().formatHex(data);
    }
}
