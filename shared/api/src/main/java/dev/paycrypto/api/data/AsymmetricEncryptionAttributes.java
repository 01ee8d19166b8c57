// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code AsymmetricEncryptionAttributes}, a structure of the data-plane model.
 * Also the member {@code Asymmetric} of the union {@link EncryptionDecryptionAttributes}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AsymmetricEncryptionAttributes(
        @JsonProperty("PaddingType") PaddingType paddingType) implements EncryptionDecryptionAttributes {

    @Override
    public String memberName() {
        return "Asymmetric";
    }
}
