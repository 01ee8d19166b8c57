// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * {@code ListTagsForResourceOutput}, a structure of the control-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListTagsForResourceOutput(
        @JsonProperty("Tags") List<Tag> tags,
        @JsonProperty("NextToken") String nextToken) {

    public ListTagsForResourceOutput {
        Objects.requireNonNull(tags, "Tags is required");
        tags = tags == null ? null : List.copyOf(tags);
    }
}
