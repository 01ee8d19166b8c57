// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.paycrypto.api.json.UnionWriter;
import dev.paycrypto.keys.KeyCheckValueAlgorithm;
import java.util.Objects;

/**
 * {@code TranslateKeyMaterialInput}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TranslateKeyMaterialInput(
        @JsonProperty("IncomingKeyMaterial") @JsonSerialize(using = UnionWriter.class)
        @JsonDeserialize(using = IncomingKeyMaterial.Reader.class) IncomingKeyMaterial incomingKeyMaterial,
        @JsonProperty("OutgoingKeyMaterial") @JsonSerialize(using = UnionWriter.class)
        @JsonDeserialize(using = OutgoingKeyMaterial.Reader.class) OutgoingKeyMaterial outgoingKeyMaterial,
        @JsonProperty("KeyCheckValueAlgorithm") KeyCheckValueAlgorithm keyCheckValueAlgorithm) {

    public TranslateKeyMaterialInput {
        Objects.requireNonNull(incomingKeyMaterial, "IncomingKeyMaterial is required");
        Objects.requireNonNull(outgoingKeyMaterial, "OutgoingKeyMaterial is required");
    }
}
