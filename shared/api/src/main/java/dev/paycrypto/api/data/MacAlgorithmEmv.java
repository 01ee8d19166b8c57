// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.paycrypto.api.Sensitive;
import dev.paycrypto.api.json.UnionWriter;
import java.util.Objects;

/**
 * {@code MacAlgorithmEmv}, a structure of the data-plane model.
 * Also the member {@code EmvMac} of the union {@link MacAttributes}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MacAlgorithmEmv(
        @JsonProperty("MajorKeyDerivationMode") MajorKeyDerivationMode majorKeyDerivationMode,
        @JsonProperty("PrimaryAccountNumber") String primaryAccountNumber,
        @JsonProperty("PanSequenceNumber") String panSequenceNumber,
        @JsonProperty("SessionKeyDerivationMode") SessionKeyDerivationMode sessionKeyDerivationMode,
        @JsonProperty("SessionKeyDerivationValue") @JsonSerialize(using = UnionWriter.class)
        @JsonDeserialize(using = SessionKeyDerivationValue.Reader.class)
        SessionKeyDerivationValue sessionKeyDerivationValue) implements MacAttributes {

    public MacAlgorithmEmv {
        Objects.requireNonNull(majorKeyDerivationMode, "MajorKeyDerivationMode is required");
        Objects.requireNonNull(primaryAccountNumber, "PrimaryAccountNumber is required");
        Objects.requireNonNull(panSequenceNumber, "PanSequenceNumber is required");
        Objects.requireNonNull(sessionKeyDerivationMode, "SessionKeyDerivationMode is required");
        Objects.requireNonNull(sessionKeyDerivationValue, "SessionKeyDerivationValue is required");
    }

    @Override
    public String memberName() {
        return "EmvMac";
    }

    @Override
    public String toString() {
        return "MacAlgorithmEmv[majorKeyDerivationMode=" + majorKeyDerivationMode + ", primaryAccountNumber="
                + Sensitive.mask(primaryAccountNumber) + ", panSequenceNumber=" + panSequenceNumber
                + ", sessionKeyDerivationMode=" + sessionKeyDerivationMode + ", sessionKeyDerivationValue="
                + sessionKeyDerivationValue + "]";
    }
}
