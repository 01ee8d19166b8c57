package dev.paycrypto.local;

import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyClient;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyClass;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptographydata.PaymentCryptographyDataClient;
import software.amazon.awssdk.services.paymentcryptographydata.model.GenerateCardValidationDataResponse;

/** Small steps the end-to-end tests share. */
final class E2E {

    static final String PAN = "4111111111111111";

    private E2E() {
    }

    static Key createCvk(PaymentCryptographyClient control) {
        return control.createKey(r -> r.exportable(true).keyAttributes(a -> a.keyAlgorithm(KeyAlgorithm.TDES_2_KEY)
                .keyUsage(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY).keyClass(KeyClass.SYMMETRIC_KEY)
                .keyModesOfUse(m -> m.generate(true).verify(true)))).key();
    }

    static GenerateCardValidationDataResponse cvv2(PaymentCryptographyDataClient data, String keyIdentifier) {
        return data.generateCardValidationData(r -> r.keyIdentifier(keyIdentifier).primaryAccountNumber(PAN)
                .generationAttributes(g -> g.cardVerificationValue2(c -> c.cardExpiryDate("1229"))));
    }
}
