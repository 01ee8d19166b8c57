// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code VisaPinVerification}, a structure of the data-plane model.
 * Also the member {@code VisaPin} of the union {@link PinVerificationAttributes}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VisaPinVerification(
        @JsonProperty("PinVerificationKeyIndex") Integer pinVerificationKeyIndex,
        @JsonProperty("VerificationValue") String verificationValue) implements PinVerificationAttributes {

    public VisaPinVerification {
        Objects.requireNonNull(pinVerificationKeyIndex, "PinVerificationKeyIndex is required");
        Objects.requireNonNull(verificationValue, "VerificationValue is required");
    }

    @Override
    public String memberName() {
        return "VisaPin";
    }

    @Override
    public String toString() {
        return "VisaPinVerification[pinVerificationKeyIndex=" + pinVerificationKeyIndex + ", verificationValue="
                + Sensitive.mask(verificationValue) + "]";
    }
}
