// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * {@code As2805PekDerivationAttributes}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record As2805PekDerivationAttributes(
        @JsonProperty("SystemTraceAuditNumber") String systemTraceAuditNumber,
        @JsonProperty("TransactionAmount") String transactionAmount) {

    public As2805PekDerivationAttributes {
        Objects.requireNonNull(systemTraceAuditNumber, "SystemTraceAuditNumber is required");
        Objects.requireNonNull(transactionAmount, "TransactionAmount is required");
    }
}
