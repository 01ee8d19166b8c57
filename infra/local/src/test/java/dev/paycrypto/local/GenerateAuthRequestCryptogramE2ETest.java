package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyModesOfUse;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptographydata.model.SessionKeyDerivation;

/**
 * GenerateAuthRequestCryptogram, which SDK 2.41 predates: requests signed with the SDK's own SigV4 signer (the
 * SDK's JSON shape of the session-key union is reused, so the body is what a newer SDK sends). The User Guide's
 * Visa CVN10 and CVN18 ARQCs are reproduced under its test key, and for every session-key scheme the generated
 * ARQC verifies through the SDK's VerifyAuthRequestCryptogram.
 */
class GenerateAuthRequestCryptogramE2ETest extends LocalServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CVN10_DATA =
            "00000000170000000000000008400080008000084016051700000000093800000B03011203000000";
    private static final String CVN18_DATA = CVN10_DATA.replace("0B03011203000000", "0B1F220103000000")
            + "0000000000000000000000000000000000000000000000008000000000000000";
    private static Key imk;

    @BeforeAll
    static void importUserGuideKey() {
        imk = E2E.importKey(control, "0123456789ABCDEFFEDCBA9876543210", KeyUsage.TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS,
                KeyAlgorithm.TDES_2_KEY, KeyModesOfUse.builder().deriveKey(true).build(), KeyAlgorithm.RSA_2048);
    }

    @Test
    void reproducesTheUserGuideVisaExamples() throws Exception {
        // AWS Payment Cryptography User Guide, "Verify auth request cryptogram", key KCV 08D7B4
        JsonNode cvn10 = generate(CVN10_DATA, "EMV_OPTION_A",
                "{\"Visa\":{\"PrimaryAccountNumber\":\"9137631040001422\",\"PanSequenceNumber\":\"01\"}}");
        assertThat(cvn10.get("AuthRequestCryptogram").asText()).isEqualTo("D791093C8A921769");
        assertThat(cvn10.get("KeyCheckValue").asText()).isEqualTo("08D7B4");
        JsonNode cvn18 = generate(CVN18_DATA, "EMV_OPTION_A", "{\"EmvCommon\":{\"PrimaryAccountNumber\":"
                + "\"9137631040001422\",\"PanSequenceNumber\":\"01\",\"ApplicationTransactionCounter\":\"000B\"}}");
        assertThat(cvn18.get("AuthRequestCryptogram").asText()).isEqualTo("61EDCC708B4C97B4");
    }

    static Stream<Arguments> schemes() {
        String pan = "5413330089600010";
        return Stream.of(
                Arguments.of("EmvCommon", SessionKeyDerivation.builder().emvCommon(s -> s.primaryAccountNumber(pan)
                        .panSequenceNumber("00").applicationTransactionCounter("0007")).build()),
                Arguments.of("Mastercard", SessionKeyDerivation.builder().mastercard(s -> s.primaryAccountNumber(pan)
                        .panSequenceNumber("00").applicationTransactionCounter("0007")
                        .unpredictableNumber("A1B2C3D4")).build()),
                Arguments.of("Emv2000", SessionKeyDerivation.builder().emv2000(s -> s.primaryAccountNumber(pan)
                        .panSequenceNumber("00").applicationTransactionCounter("0007")).build()),
                Arguments.of("Amex", SessionKeyDerivation.builder().amex(s -> s.primaryAccountNumber(pan)
                        .panSequenceNumber("00")).build()),
                Arguments.of("Visa", SessionKeyDerivation.builder().visa(s -> s.primaryAccountNumber(pan)
                        .panSequenceNumber("00")).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemes")
    void everySchemeRoundTripsThroughVerify(String scheme, SessionKeyDerivation derivation) throws Exception {
        for (String mode : new String[] {"EMV_OPTION_A", "EMV_OPTION_B"}) {
            String arqc = generate(CVN18_DATA, mode, sdkJson(derivation)).get("AuthRequestCryptogram").asText();
            assertThat(arqc).matches("[0-9A-F]{16}");
            assertThat(data.verifyAuthRequestCryptogram(r -> r.keyIdentifier(imk.keyArn()).majorKeyDerivationMode(mode)
                    .transactionData(CVN18_DATA).authRequestCryptogram(arqc).sessionKeyDerivationAttributes(derivation))
                    .keyArn()).isEqualTo(imk.keyArn());
        }
    }

    @Test
    void unionPayRoundTripsThroughVerify() throws Exception {
        // SDK 2.41 has no UnionPay member either: both requests are signed by hand
        String derivation = "{\"UnionPay\":{\"PrimaryAccountNumber\":\"6212345678901234\",\"PanSequenceNumber\":"
                + "\"01\",\"ApplicationTransactionCounter\":\"0007\"}}";
        String arqc = generate(CVN18_DATA, "EMV_OPTION_A", derivation).get("AuthRequestCryptogram").asText();
        ObjectNode verify = (ObjectNode) JSON.readTree(body(imk.keyArn(), CVN18_DATA, "EMV_OPTION_A", derivation));
        verify.put("AuthRequestCryptogram", arqc);
        assertThat(RawRequests.send(service.endpoint(), "/cryptogram/verify", Map.of("Content-Type",
                "application/json"), verify.toString()).statusCode()).isEqualTo(200);
        verify.put("AuthRequestCryptogram", arqc.startsWith("0") ? "1" + arqc.substring(1) : "0" + arqc.substring(1));
        HttpResponse<String> wrong = RawRequests.send(service.endpoint(), "/cryptogram/verify",
                Map.of("Content-Type", "application/json"), verify.toString());
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("INVALID_AUTH_REQUEST_CRYPTOGRAM");
    }

    @Test
    void refusesAKeyOfAnotherUsage() throws Exception {
        Key cvk = E2E.createCvk(control);
        HttpResponse<String> response = send(body(cvk.keyArn(), CVN10_DATA, "EMV_OPTION_A",
                "{\"Visa\":{\"PrimaryAccountNumber\":\"9137631040001422\",\"PanSequenceNumber\":\"01\"}}"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValueSatisfying(
                type -> assertThat(type).startsWith("ValidationException"));
        assertThat(response.body()).contains("TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS");
    }

    private static JsonNode generate(String transactionData, String mode, String derivation) throws Exception {
        HttpResponse<String> response = send(body(imk.keyArn(), transactionData, mode, derivation));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String body(String keyArn, String transactionData, String mode, String derivation)
            throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.put("KeyIdentifier", keyArn);
        body.put("TransactionData", transactionData);
        body.put("MajorKeyDerivationMode", mode);
        body.set("SessionKeyDerivationAttributes", JSON.readTree(derivation));
        return body.toString();
    }

    private static HttpResponse<String> send(String body) throws Exception {
        return RawRequests.send(service.endpoint(), "/cryptogram/generate",
                Map.of("Content-Type", "application/json"), body);
    }

    /** The union as the SDK itself marshals it, from its own model (member names as on the wire). */
    private static String sdkJson(SessionKeyDerivation derivation) throws Exception {
        ObjectNode node = JSON.createObjectNode();
        for (var field : derivation.sdkFields()) {
            Object value = field.getValueOrDefault(derivation);
            if (value != null) {
                ObjectNode member = node.putObject(field.locationName());
                for (var inner : ((software.amazon.awssdk.core.SdkPojo) value).sdkFields()) {
                    Object innerValue = inner.getValueOrDefault(value);
                    if (innerValue != null) {
                        member.put(inner.locationName(), innerValue instanceof SdkBytes bytes
                                ? bytes.asUtf8String() : innerValue.toString());
                    }
                }
            }
        }
        return node.toString();
    }
}
