// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code TranslationPinDataIsoFormat1}, a structure of the data-plane model.
 * Also the member {@code IsoFormat1} of the union {@link TranslationIsoFormats}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TranslationPinDataIsoFormat1() implements TranslationIsoFormats {

    @Override
    public String memberName() {
        return "IsoFormat1";
    }
}
