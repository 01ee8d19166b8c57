package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyModesOfUse;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptographydata.model.MajorKeyDerivationMode;
import software.amazon.awssdk.services.paymentcryptographydata.model.VerificationFailedException;
import software.amazon.awssdk.services.paymentcryptographydata.model.VerificationFailedReason;
import software.amazon.awssdk.services.paymentcryptographydata.model.VerifyAuthRequestCryptogramResponse;

/**
 * VerifyAuthRequestCryptogram through the SDK. The User Guide's Visa CVN10 and CVN18 examples ("Verify auth
 * request cryptogram") under the test key 0123456789ABCDEFFEDCBA9876543210 (KCV 08D7B4), imported as a key
 * cryptogram; pyemv's Visa CVN18 and Mastercard CVN16 ARQC/ARPC pairs and jPOS's EMV CSK pair
 * (vectors/emv_arqc.json and arpc.json), whose transaction data the sources pad themselves is sent pre-padded.
 */
class AuthRequestCryptogramE2ETest extends LocalServiceTest {

    private static Key userGuideImk;
    private static Key jposImk;

    @BeforeAll
    static void importKeys() {
        userGuideImk = importImk("0123456789ABCDEFFEDCBA9876543210");
        jposImk = importImk("12345678123456781234567812345678");
        assertThat(userGuideImk.keyCheckValue()).isEqualTo("08D7B4");
    }

    @Test
    void theUserGuideVisaCvn10ExampleVerifies() {
        VerifyAuthRequestCryptogramResponse response = data.verifyAuthRequestCryptogram(r -> r
                .keyIdentifier(userGuideImk.keyArn()).majorKeyDerivationMode(MajorKeyDerivationMode.EMV_OPTION_A)
                .transactionData("00000000170000000000000008400080008000084016051700000000093800000B03011203000000")
                .authRequestCryptogram("D791093C8A921769")
                .sessionKeyDerivationAttributes(s -> s.visa(v -> v.primaryAccountNumber("9137631040001422")
                        .panSequenceNumber("01"))));
        assertThat(response.keyCheckValue()).isEqualTo("08D7B4");
    }

    @Test
    void theUserGuideVisaCvn18ExampleVerifies() {
        assertThat(data.verifyAuthRequestCryptogram(r -> r
                .keyIdentifier(userGuideImk.keyArn()).majorKeyDerivationMode(MajorKeyDerivationMode.EMV_OPTION_A)
                .transactionData("00000000170000000000000008400080008000084016051700000000093800000B1F220103000000"
                        + "0000000000000000000000000000000000000000000000008000000000000000")
                .authRequestCryptogram("61EDCC708B4C97B4")
                .sessionKeyDerivationAttributes(s -> s.emvCommon(v -> v.primaryAccountNumber("9137631040001422")
                        .panSequenceNumber("01").applicationTransactionCounter("000B")))).keyArn())
                .isEqualTo(userGuideImk.keyArn());
        assertThatThrownBy(() -> data.verifyAuthRequestCryptogram(r -> r
                .keyIdentifier(userGuideImk.keyArn()).majorKeyDerivationMode(MajorKeyDerivationMode.EMV_OPTION_A)
                .transactionData("00000000170000000000000008400080008000084016051700000000093800000B1F220103000000"
                        + "0000000000000000000000000000000000000000000000008000000000000000")
                .authRequestCryptogram("61EDCC708B4C97B5")
                .sessionKeyDerivationAttributes(s -> s.emvCommon(v -> v.primaryAccountNumber("9137631040001422")
                        .panSequenceNumber("01").applicationTransactionCounter("000B")))))
                .isInstanceOfSatisfying(VerificationFailedException.class, e -> assertThat(e.reason())
                        .isEqualTo(VerificationFailedReason.INVALID_AUTH_REQUEST_CRYPTOGRAM));
    }

    @Test
    void pyemvVisaCvn18WithArpcMethod2() {
        // pyemv-test_visa_cvn18: data padded by ISO 9797-1 method 2 here, as pyemv does internally
        String transactionData = "0000000040000000000000000124800004800001241911050152BF45851800001C06011203A0B800"
                + "8000000000000000";
        assertThat(data.verifyAuthRequestCryptogram(r -> r.keyIdentifier(userGuideImk.keyArn())
                .majorKeyDerivationMode(MajorKeyDerivationMode.EMV_OPTION_A).transactionData(transactionData)
                .authRequestCryptogram("7A788EA6B8A3E733")
                .sessionKeyDerivationAttributes(s -> s.emvCommon(v -> v.primaryAccountNumber("1234567890123456")
                        .panSequenceNumber("00").applicationTransactionCounter("001C")))
                .authResponseAttributes(a -> a.arpcMethod2(m -> m.cardStatusUpdate("00000000")))).authResponseValue())
                .isEqualTo("9AF514C1");
    }

    @Test
    void pyemvMastercardCvn16WithArpcMethod1() {
        // 39 bytes of data: method 2 adds one 80 byte
        String transactionData = "00000000999900000000000001248000000000012420990600ABCDEF121800001CA00003220000"
                + "80";
        assertThat(data.verifyAuthRequestCryptogram(r -> r.keyIdentifier(userGuideImk.keyArn())
                .majorKeyDerivationMode(MajorKeyDerivationMode.EMV_OPTION_A).transactionData(transactionData)
                .authRequestCryptogram("24CCF3DEE3158C70")
                .sessionKeyDerivationAttributes(s -> s.mastercard(v -> v.primaryAccountNumber("1234567890123456")
                        .panSequenceNumber("00").applicationTransactionCounter("001C").unpredictableNumber("ABCDEF12")))
                .authResponseAttributes(a -> a.arpcMethod1(m -> m.authResponseCode("0010")))).authResponseValue())
                .isEqualTo("73F6BBF389A6586C");
    }

    @Test
    void jposEmvCommonSessionKeyWithArpcMethod1() {
        assertThat(data.verifyAuthRequestCryptogram(r -> r.keyIdentifier(jposImk.keyArn())
                .majorKeyDerivationMode(MajorKeyDerivationMode.EMV_OPTION_A)
                .transactionData("000000010000000000001000084000000010800840980704001111111158003456A0800324200080")
                .authRequestCryptogram("55BE45DD2C9E0CBF")
                .sessionKeyDerivationAttributes(s -> s.emvCommon(v -> v.primaryAccountNumber("1234567890123456")
                        .panSequenceNumber("00").applicationTransactionCounter("3456")))
                .authResponseAttributes(a -> a.arpcMethod1(m -> m.authResponseCode("0012")))).authResponseValue())
                .isEqualTo("01BAE8DE6A0DE9E0");
    }

    private static Key importImk(String clearHex) {
        return E2E.importKey(control, clearHex, KeyUsage.TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS, KeyAlgorithm.TDES_2_KEY,
                KeyModesOfUse.builder().deriveKey(true).build(), KeyAlgorithm.RSA_2048);
    }
}
