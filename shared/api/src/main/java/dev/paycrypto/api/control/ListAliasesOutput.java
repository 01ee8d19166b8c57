// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * {@code ListAliasesOutput}, a structure of the control-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListAliasesOutput(
        @JsonProperty("Aliases") List<Alias> aliases,
        @JsonProperty("NextToken") String nextToken) {

    public ListAliasesOutput {
        Objects.requireNonNull(aliases, "Aliases is required");
        aliases = aliases == null ? null : List.copyOf(aliases);
    }
}
