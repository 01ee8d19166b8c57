// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code TranslationPinDataIsoFormat034}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TranslationPinDataIsoFormat034(
        @JsonProperty("PrimaryAccountNumber") String primaryAccountNumber) {

    public TranslationPinDataIsoFormat034 {
        Objects.requireNonNull(primaryAccountNumber, "PrimaryAccountNumber is required");
    }

    @Override
    public String toString() {
        return "TranslationPinDataIsoFormat034[primaryAccountNumber=" + Sensitive.mask(primaryAccountNumber) + "]";
    }
}
