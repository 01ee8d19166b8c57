// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.json.EpochSeconds;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code MpaStatus}, a structure of the control-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MpaStatus(
        @JsonProperty("MpaSessionArn") String mpaSessionArn,
        @JsonProperty("Status") SessionStatus status,
        @JsonProperty("InitiationDate") @EpochSeconds Instant initiationDate,
        @JsonProperty("StatusMessage") String statusMessage) {

    public MpaStatus {
        Objects.requireNonNull(mpaSessionArn, "MpaSessionArn is required");
        Objects.requireNonNull(status, "Status is required");
        Objects.requireNonNull(initiationDate, "InitiationDate is required");
    }
}
