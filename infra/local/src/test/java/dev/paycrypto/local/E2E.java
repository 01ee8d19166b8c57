package dev.paycrypto.local;

import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyClient;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyClass;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptography.model.GetParametersForImportResponse;
import software.amazon.awssdk.services.paymentcryptography.model.KeyMaterialType;
import software.amazon.awssdk.services.paymentcryptography.model.KeyModesOfUse;
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

    /**
     * Brings a clear test key in the way a user does: GetParametersForImport, RSA-OAEP (SHA-256) wrap of the key
     * under the returned certificate with the JDK, ImportKey with a KeyCryptogram.
     */
    static Key importKey(PaymentCryptographyClient control, String clearHex, KeyUsage usage, KeyAlgorithm algorithm,
                         KeyModesOfUse modes, KeyAlgorithm wrappingAlgorithm) {
        try {
            GetParametersForImportResponse parameters = control.getParametersForImport(r -> r
                    .keyMaterialType(KeyMaterialType.KEY_CRYPTOGRAM).wrappingKeyAlgorithm(wrappingAlgorithm));
            String cryptogram = ImportedCvkVectorsE2ETest.wrap(parameters, clearHex, "SHA-256",
                    java.security.spec.MGF1ParameterSpec.SHA256);
            return control.importKey(r -> r.keyMaterial(m -> m.keyCryptogram(c -> c
                    .keyAttributes(a -> a.keyUsage(usage).keyClass(KeyClass.SYMMETRIC_KEY).keyAlgorithm(algorithm)
                            .keyModesOfUse(modes))
                    .exportable(true).wrappedKeyCryptogram(cryptogram).importToken(parameters.importToken())))).key();
        } catch (Exception e) {
            throw new IllegalStateException("Key import failed", e);
        }
    }

    static GenerateCardValidationDataResponse cvv2(PaymentCryptographyDataClient data, String keyIdentifier) {
        return data.generateCardValidationData(r -> r.keyIdentifier(keyIdentifier).primaryAccountNumber(PAN)
                .generationAttributes(g -> g.cardVerificationValue2(c -> c.cardExpiryDate("1229"))));
    }
}
