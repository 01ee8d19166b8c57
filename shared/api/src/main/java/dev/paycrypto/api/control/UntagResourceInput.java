// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * {@code UntagResourceInput}, a structure of the control-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UntagResourceInput(
        @JsonProperty("ResourceArn") String resourceArn,
        @JsonProperty("TagKeys") List<String> tagKeys) {

    public UntagResourceInput {
        Objects.requireNonNull(resourceArn, "ResourceArn is required");
        Objects.requireNonNull(tagKeys, "TagKeys is required");
        tagKeys = tagKeys == null ? null : List.copyOf(tagKeys);
    }
}
