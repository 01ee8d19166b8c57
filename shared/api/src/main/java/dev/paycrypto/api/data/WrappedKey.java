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
 * {@code WrappedKey}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record WrappedKey(
        @JsonProperty("WrappedKeyMaterial") @JsonSerialize(using = UnionWriter.class)
        @JsonDeserialize(using = WrappedKeyMaterial.Reader.class) WrappedKeyMaterial wrappedKeyMaterial,
        @JsonProperty("KeyCheckValueAlgorithm") KeyCheckValueAlgorithm keyCheckValueAlgorithm) {

    public WrappedKey {
        Objects.requireNonNull(wrappedKeyMaterial, "WrappedKeyMaterial is required");
    }
}
