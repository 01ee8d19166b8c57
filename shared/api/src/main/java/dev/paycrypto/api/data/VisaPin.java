// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * {@code VisaPin}, a structure of the data-plane model.
 * Also the member {@code VisaPin} of the union {@link PinGenerationAttributes}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VisaPin(
        @JsonProperty("PinVerificationKeyIndex") Integer pinVerificationKeyIndex) implements PinGenerationAttributes {

    public VisaPin {
        Objects.requireNonNull(pinVerificationKeyIndex, "PinVerificationKeyIndex is required");
    }

    @Override
    public String memberName() {
        return "VisaPin";
    }
}
