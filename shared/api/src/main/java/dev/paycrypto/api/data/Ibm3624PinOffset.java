// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code Ibm3624PinOffset}, a structure of the data-plane model.
 * Also the member {@code Ibm3624PinOffset} of the union {@link PinGenerationAttributes}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Ibm3624PinOffset(
        @JsonProperty("EncryptedPinBlock") String encryptedPinBlock,
        @JsonProperty("DecimalizationTable") String decimalizationTable,
        @JsonProperty("PinValidationDataPadCharacter") String pinValidationDataPadCharacter,
        @JsonProperty("PinValidationData") String pinValidationData) implements PinGenerationAttributes {

    public Ibm3624PinOffset {
        Objects.requireNonNull(encryptedPinBlock, "EncryptedPinBlock is required");
        Objects.requireNonNull(decimalizationTable, "DecimalizationTable is required");
        Objects.requireNonNull(pinValidationDataPadCharacter, "PinValidationDataPadCharacter is required");
        Objects.requireNonNull(pinValidationData, "PinValidationData is required");
    }

    @Override
    public String memberName() {
        return "Ibm3624PinOffset";
    }

    @Override
    public String toString() {
        return "Ibm3624PinOffset[encryptedPinBlock=" + Sensitive.mask(encryptedPinBlock) + ", decimalizationTable="
                + Sensitive.mask(decimalizationTable) + ", pinValidationDataPadCharacter="
                + pinValidationDataPadCharacter + ", pinValidationData=" + Sensitive.mask(pinValidationData) + "]";
    }
}
