// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import dev.paycrypto.api.ApiOperation;
import java.util.Map;

/**
 * The operations of the data-plane model, in model order, each with the record its request binds into and
 * the record its response is written from.
 */
public final class DataPlaneOperations {

    public static final ApiOperation<DecryptDataInput, DecryptDataOutput> DECRYPT_DATA =
            new ApiOperation<>("DecryptData", DecryptDataInput.class, DecryptDataOutput.class);

    public static final ApiOperation<EncryptDataInput, EncryptDataOutput> ENCRYPT_DATA =
            new ApiOperation<>("EncryptData", EncryptDataInput.class, EncryptDataOutput.class);

    public static final ApiOperation<GenerateAs2805KekValidationInput, GenerateAs2805KekValidationOutput>
            GENERATE_AS2805_KEK_VALIDATION =
            new ApiOperation<>("GenerateAs2805KekValidation", GenerateAs2805KekValidationInput.class,
                    GenerateAs2805KekValidationOutput.class);

    public static final ApiOperation<GenerateAuthRequestCryptogramInput, GenerateAuthRequestCryptogramOutput>
            GENERATE_AUTH_REQUEST_CRYPTOGRAM =
            new ApiOperation<>("GenerateAuthRequestCryptogram", GenerateAuthRequestCryptogramInput.class,
                    GenerateAuthRequestCryptogramOutput.class);

    public static final ApiOperation<GenerateCardValidationDataInput, GenerateCardValidationDataOutput>
            GENERATE_CARD_VALIDATION_DATA =
            new ApiOperation<>("GenerateCardValidationData", GenerateCardValidationDataInput.class,
                    GenerateCardValidationDataOutput.class);

    public static final ApiOperation<GenerateMacInput, GenerateMacOutput> GENERATE_MAC =
            new ApiOperation<>("GenerateMac", GenerateMacInput.class, GenerateMacOutput.class);

    public static final ApiOperation<GenerateMacEmvPinChangeInput, GenerateMacEmvPinChangeOutput>
            GENERATE_MAC_EMV_PIN_CHANGE =
            new ApiOperation<>("GenerateMacEmvPinChange", GenerateMacEmvPinChangeInput.class,
                    GenerateMacEmvPinChangeOutput.class);

    public static final ApiOperation<GeneratePinDataInput, GeneratePinDataOutput> GENERATE_PIN_DATA =
            new ApiOperation<>("GeneratePinData", GeneratePinDataInput.class, GeneratePinDataOutput.class);

    public static final ApiOperation<ReEncryptDataInput, ReEncryptDataOutput> RE_ENCRYPT_DATA =
            new ApiOperation<>("ReEncryptData", ReEncryptDataInput.class, ReEncryptDataOutput.class);

    public static final ApiOperation<TranslateKeyMaterialInput, TranslateKeyMaterialOutput> TRANSLATE_KEY_MATERIAL =
            new ApiOperation<>("TranslateKeyMaterial", TranslateKeyMaterialInput.class,
                    TranslateKeyMaterialOutput.class);

    public static final ApiOperation<TranslatePinDataInput, TranslatePinDataOutput> TRANSLATE_PIN_DATA =
            new ApiOperation<>("TranslatePinData", TranslatePinDataInput.class, TranslatePinDataOutput.class);

    public static final ApiOperation<VerifyAuthRequestCryptogramInput, VerifyAuthRequestCryptogramOutput>
            VERIFY_AUTH_REQUEST_CRYPTOGRAM =
            new ApiOperation<>("VerifyAuthRequestCryptogram", VerifyAuthRequestCryptogramInput.class,
                    VerifyAuthRequestCryptogramOutput.class);

    public static final ApiOperation<VerifyCardValidationDataInput, VerifyCardValidationDataOutput>
            VERIFY_CARD_VALIDATION_DATA =
            new ApiOperation<>("VerifyCardValidationData", VerifyCardValidationDataInput.class,
                    VerifyCardValidationDataOutput.class);

    public static final ApiOperation<VerifyMacInput, VerifyMacOutput> VERIFY_MAC =
            new ApiOperation<>("VerifyMac", VerifyMacInput.class, VerifyMacOutput.class);

    public static final ApiOperation<VerifyPinDataInput, VerifyPinDataOutput> VERIFY_PIN_DATA =
            new ApiOperation<>("VerifyPinData", VerifyPinDataInput.class, VerifyPinDataOutput.class);

    /** Every operation by name, in model order. */
    public static final Map<String, ApiOperation<?, ?>> ALL = ApiOperation.byName(
            DECRYPT_DATA, ENCRYPT_DATA, GENERATE_AS2805_KEK_VALIDATION, GENERATE_AUTH_REQUEST_CRYPTOGRAM,
            GENERATE_CARD_VALIDATION_DATA, GENERATE_MAC, GENERATE_MAC_EMV_PIN_CHANGE, GENERATE_PIN_DATA,
            RE_ENCRYPT_DATA, TRANSLATE_KEY_MATERIAL, TRANSLATE_PIN_DATA, VERIFY_AUTH_REQUEST_CRYPTOGRAM,
            VERIFY_CARD_VALIDATION_DATA, VERIFY_MAC, VERIFY_PIN_DATA);

    private DataPlaneOperations() {
    }
}
