package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyClass;
import software.amazon.awssdk.services.paymentcryptography.model.KeyState;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptographydata.model.VerificationFailedException;
import software.amazon.awssdk.services.paymentcryptographydata.model.VerificationFailedReason;

/** The User Guide's "Getting started" flow, through the unmodified official SDK v2 clients. */
class GettingStartedE2ETest extends LocalServiceTest {

    @Test
    void createGenerateVerifyFailDelete() {
        Key key = control.createKey(r -> r.exportable(true).keyAttributes(a -> a
                .keyAlgorithm(KeyAlgorithm.TDES_2_KEY)
                .keyUsage(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY)
                .keyClass(KeyClass.SYMMETRIC_KEY)
                .keyModesOfUse(m -> m.generate(true).verify(true)))).key();
        assertThat(key.keyArn()).matches("arn:aws:payment-cryptography:us-east-1:111122223333:key/[a-z0-9]{16}");
        assertThat(key.keyState()).isEqualTo(KeyState.CREATE_COMPLETE);
        assertThat(key.enabled()).isTrue();
        assertThat(key.keyCheckValue()).matches("[0-9A-F]{6}");
        assertThat(key.keyCheckValueAlgorithmAsString()).isEqualTo("ANSI_X9_24");

        String cvv2 = data.generateCardValidationData(r -> r.keyIdentifier(key.keyArn())
                .primaryAccountNumber("171234567890123")
                .generationAttributes(g -> g.cardVerificationValue2(c -> c.cardExpiryDate("0123")))).validationData();
        assertThat(cvv2).matches("[0-9]{3}");

        var verified = data.verifyCardValidationData(r -> r.keyIdentifier(key.keyArn())
                .primaryAccountNumber("171234567890123")
                .verificationAttributes(v -> v.cardVerificationValue2(c -> c.cardExpiryDate("0123")))
                .validationData(cvv2));
        assertThat(verified.keyArn()).isEqualTo(key.keyArn());
        assertThat(verified.keyCheckValue()).isEqualTo(key.keyCheckValue());

        String wrong = cvv2.equals("999") ? "998" : "999";
        assertThatThrownBy(() -> data.verifyCardValidationData(r -> r.keyIdentifier(key.keyArn())
                .primaryAccountNumber("171234567890123")
                .verificationAttributes(v -> v.cardVerificationValue2(c -> c.cardExpiryDate("0123")))
                .validationData(wrong)))
                .isInstanceOfSatisfying(VerificationFailedException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.reason()).isEqualTo(VerificationFailedReason.INVALID_VALIDATION_DATA);
                });

        Key deleted = control.deleteKey(r -> r.keyIdentifier(key.keyArn())).key();
        assertThat(deleted.keyState()).isEqualTo(KeyState.DELETE_PENDING);
        assertThat(deleted.deletePendingTimestamp()).isAfter(deleted.createTimestamp().plusSeconds(7 * 86400 - 5));
    }
}
