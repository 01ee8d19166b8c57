// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.keys.KeyReplication;
import java.util.Objects;

/**
 * {@code ReplicationStatusType}, a structure of the control-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReplicationStatusType(
        @JsonProperty("Status") KeyReplication.State status,
        @JsonProperty("StatusMessage") String statusMessage) {

    public ReplicationStatusType {
        Objects.requireNonNull(status, "Status is required");
    }
}
