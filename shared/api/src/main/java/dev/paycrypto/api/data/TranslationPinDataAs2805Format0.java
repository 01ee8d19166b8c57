// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code TranslationPinDataAs2805Format0}, a structure of the data-plane model.
 * Also the member {@code As2805Format0} of the union {@link TranslationIsoFormats}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TranslationPinDataAs2805Format0(
        @JsonProperty("PrimaryAccountNumber") String primaryAccountNumber) implements TranslationIsoFormats {

    public TranslationPinDataAs2805Format0 {
        Objects.requireNonNull(primaryAccountNumber, "PrimaryAccountNumber is required");
    }

    @Override
    public String memberName() {
        return "As2805Format0";
    }

    @Override
    public String toString() {
        return "TranslationPinDataAs2805Format0[primaryAccountNumber=" + Sensitive.mask(primaryAccountNumber) + "]";
    }
}
