// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code DisassociateMpaTeamInput}, a structure of the control-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DisassociateMpaTeamInput(
        @JsonProperty("Action") MpaOperation action,
        @JsonProperty("RequesterComment") String requesterComment) {

    public DisassociateMpaTeamInput {
        Objects.requireNonNull(action, "Action is required");
    }

    @Override
    public String toString() {
        return "DisassociateMpaTeamInput[action=" + action + ", requesterComment=" + Sensitive.mask(requesterComment)
                + "]";
    }
}
