// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code CurrentPinAttributes}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CurrentPinAttributes(
        @JsonProperty("CurrentPinPekIdentifier") String currentPinPekIdentifier,
        @JsonProperty("CurrentEncryptedPinBlock") String currentEncryptedPinBlock) {

    public CurrentPinAttributes {
        Objects.requireNonNull(currentPinPekIdentifier, "CurrentPinPekIdentifier is required");
        Objects.requireNonNull(currentEncryptedPinBlock, "CurrentEncryptedPinBlock is required");
    }

    @Override
    public String toString() {
        return "CurrentPinAttributes[currentPinPekIdentifier=" + currentPinPekIdentifier + ", currentEncryptedPinBlock="
                + Sensitive.mask(currentEncryptedPinBlock) + "]";
    }
}
