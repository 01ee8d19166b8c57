// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * {@code MacAlgorithmDukpt}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MacAlgorithmDukpt(
        @JsonProperty("KeySerialNumber") String keySerialNumber,
        @JsonProperty("DukptKeyVariant") DukptKeyVariant dukptKeyVariant,
        @JsonProperty("DukptDerivationType") DukptDerivationType dukptDerivationType) {

    public MacAlgorithmDukpt {
        Objects.requireNonNull(keySerialNumber, "KeySerialNumber is required");
        Objects.requireNonNull(dukptKeyVariant, "DukptKeyVariant is required");
    }
}
