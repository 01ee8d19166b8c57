// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code SessionKeyVisa}, a structure of the data-plane model.
 * Also the member {@code Visa} of the union {@link SessionKeyDerivation}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionKeyVisa(
        @JsonProperty("PrimaryAccountNumber") String primaryAccountNumber,
        @JsonProperty("PanSequenceNumber") String panSequenceNumber) implements SessionKeyDerivation {

    public SessionKeyVisa {
        Objects.requireNonNull(primaryAccountNumber, "PrimaryAccountNumber is required");
        Objects.requireNonNull(panSequenceNumber, "PanSequenceNumber is required");
    }

    @Override
    public String memberName() {
        return "Visa";
    }

    @Override
    public String toString() {
        return "SessionKeyVisa[primaryAccountNumber=" + Sensitive.mask(primaryAccountNumber) + ", panSequenceNumber="
                + panSequenceNumber + "]";
    }
}
