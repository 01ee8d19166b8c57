// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code Ibm3624PinFromOffset}, a structure of the data-plane model.
 * Also the member {@code Ibm3624PinFromOffset} of the union {@link PinGenerationAttributes}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Ibm3624PinFromOffset(
        @JsonProperty("DecimalizationTable") String decimalizationTable,
        @JsonProperty("PinValidationDataPadCharacter") String pinValidationDataPadCharacter,
        @JsonProperty("PinValidationData") String pinValidationData,
        @JsonProperty("PinOffset") String pinOffset) implements PinGenerationAttributes {

    public Ibm3624PinFromOffset {
        Objects.requireNonNull(decimalizationTable, "DecimalizationTable is required");
        Objects.requireNonNull(pinValidationDataPadCharacter, "PinValidationDataPadCharacter is required");
        Objects.requireNonNull(pinValidationData, "PinValidationData is required");
        Objects.requireNonNull(pinOffset, "PinOffset is required");
    }

    @Override
    public String memberName() {
        return "Ibm3624PinFromOffset";
    }

    @Override
    public String toString() {
        return "Ibm3624PinFromOffset[decimalizationTable=" + Sensitive.mask(decimalizationTable)
                + ", pinValidationDataPadCharacter=" + pinValidationDataPadCharacter + ", pinValidationData="
                + Sensitive.mask(pinValidationData) + ", pinOffset=" + Sensitive.mask(pinOffset) + "]";
    }
}
