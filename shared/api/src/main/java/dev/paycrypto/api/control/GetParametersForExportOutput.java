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
 * {@code GetParametersForExportOutput}, a structure of the control-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetParametersForExportOutput(
        @JsonProperty("SigningKeyCertificate") String signingKeyCertificate,
        @JsonProperty("SigningKeyCertificateChain") String signingKeyCertificateChain,
        @JsonProperty("SigningKeyAlgorithm") KeyAlgorithm signingKeyAlgorithm,
        @JsonProperty("ExportToken") String exportToken,
        @JsonProperty("ParametersValidUntilTimestamp") @EpochSeconds Instant parametersValidUntilTimestamp) {

    public GetParametersForExportOutput {
        Objects.requireNonNull(signingKeyCertificate, "SigningKeyCertificate is required");
        Objects.requireNonNull(signingKeyCertificateChain, "SigningKeyCertificateChain is required");
        Objects.requireNonNull(signingKeyAlgorithm, "SigningKeyAlgorithm is required");
        Objects.requireNonNull(exportToken, "ExportToken is required");
        Objects.requireNonNull(parametersValidUntilTimestamp, "ParametersValidUntilTimestamp is required");
    }
}
