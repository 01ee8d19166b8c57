// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.paycrypto.api.json.UnionWriter;
import java.util.Objects;

/**
 * {@code ExportKeyInput}, a structure of the control-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExportKeyInput(
        @JsonProperty("KeyMaterial") @JsonSerialize(using = UnionWriter.class)
        @JsonDeserialize(using = ExportKeyMaterial.Reader.class) ExportKeyMaterial keyMaterial,
        @JsonProperty("ExportKeyIdentifier") String exportKeyIdentifier,
        @JsonProperty("ExportAttributes") ExportAttributes exportAttributes) {

    public ExportKeyInput {
        Objects.requireNonNull(keyMaterial, "KeyMaterial is required");
        Objects.requireNonNull(exportKeyIdentifier, "ExportKeyIdentifier is required");
    }
}
