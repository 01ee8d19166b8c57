package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptographydata.model.CardGenerationAttributes;
import software.amazon.awssdk.services.paymentcryptographydata.model.CardVerificationAttributes;
import software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException;

/**
 * The card-validation members whose algorithms their schemes have not published (Amex CSC versions 1 and 2,
 * Discover's dynamic code, the cardholder verification value) are refused with a reason, never answered with a
 * guess. The README lists them.
 */
class UnpublishedAlgorithmsE2ETest extends LocalServiceTest {

    private static final String PAN = "371234567890123";
    private static final String REASON = "its card scheme has not published the algorithm";

    @Test
    void amexCardSecurityCodesAreRefusedWithTheReason() {
        Key cvk = E2E.createCvk(control);
        assertThatThrownBy(() -> data.generateCardValidationData(r -> r.keyIdentifier(cvk.keyArn())
                .primaryAccountNumber(PAN).generationAttributes(CardGenerationAttributes.builder()
                        .amexCardSecurityCodeVersion1(a -> a.cardExpiryDate("1224")).build())))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("GenerationAttributes.AmexCardSecurityCodeVersion1 is not served")
                .hasMessageContaining(REASON);
        assertThatThrownBy(() -> data.verifyCardValidationData(r -> r.keyIdentifier(cvk.keyArn())
                .primaryAccountNumber(PAN).validationData("3982").verificationAttributes(
                        CardVerificationAttributes.builder().amexCardSecurityCodeVersion2(a -> a
                                .cardExpiryDate("2412").serviceCode("000")).build())))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("VerificationAttributes.AmexCardSecurityCodeVersion2 is not served")
                .hasMessageContaining(REASON);
    }

    @Test
    void discoverAndTheCardholderVerificationValueAreRefusedWithTheReason() {
        Key cvk = E2E.createCvk(control);
        assertThatThrownBy(() -> data.verifyCardValidationData(r -> r.keyIdentifier(cvk.keyArn())
                .primaryAccountNumber(PAN).validationData("123").verificationAttributes(
                        CardVerificationAttributes.builder().discoverDynamicCardVerificationCode(d -> d
                                .cardExpiryDate("1224").unpredictableNumber("1234")
                                .applicationTransactionCounter("0001")).build())))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("DiscoverDynamicCardVerificationCode is not served").hasMessageContaining(REASON);
        assertThatThrownBy(() -> data.generateCardValidationData(r -> r.keyIdentifier(cvk.keyArn())
                .primaryAccountNumber(PAN).generationAttributes(CardGenerationAttributes.builder()
                        .cardHolderVerificationValue(c -> c.unpredictableNumber("1234").panSequenceNumber("00")
                                .applicationTransactionCounter("0001")).build())))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("CardHolderVerificationValue is not served").hasMessageContaining(REASON);
    }
}
