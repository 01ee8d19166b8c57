// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.json.EpochSeconds;
import dev.paycrypto.keys.KeyAlgorithm;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code GetParametersForImportOutput}, a structure of the control-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetParametersForImportOutput(
        @JsonProperty("WrappingKeyCertificate") String wrappingKeyCertificate,
        @JsonProperty("WrappingKeyCertificateChain") String wrappingKeyCertificateChain,
        @JsonProperty("WrappingKeyAlgorithm") KeyAlgorithm wrappingKeyAlgorithm,
        @JsonProperty("ImportToken") String importToken,
        @JsonProperty("ParametersValidUntilTimestamp") @EpochSeconds Instant parametersValidUntilTimestamp) {

    public GetParametersForImportOutput {
        Objects.requireNonNull(wrappingKeyCertificate, "WrappingKeyCertificate is required");
        Objects.requireNonNull(wrappingKeyCertificateChain, "WrappingKeyCertificateChain is required");
        Objects.requireNonNull(wrappingKeyAlgorithm, "WrappingKeyAlgorithm is required");
        Objects.requireNonNull(importToken, "ImportToken is required");
        Objects.requireNonNull(parametersValidUntilTimestamp, "ParametersValidUntilTimestamp is required");
    }
}
