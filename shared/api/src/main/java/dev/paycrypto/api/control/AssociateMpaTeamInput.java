// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code AssociateMpaTeamInput}, a structure of the control-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssociateMpaTeamInput(
        @JsonProperty("Action") MpaOperation action,
        @JsonProperty("MpaTeamArn") String mpaTeamArn,
        @JsonProperty("RequesterComment") String requesterComment) {

    public AssociateMpaTeamInput {
        Objects.requireNonNull(action, "Action is required");
        Objects.requireNonNull(mpaTeamArn, "MpaTeamArn is required");
    }

    @Override
    public String toString() {
        return "AssociateMpaTeamInput[action=" + action + ", mpaTeamArn=" + mpaTeamArn + ", requesterComment="
                + Sensitive.mask(requesterComment) + "]";
    }
}
