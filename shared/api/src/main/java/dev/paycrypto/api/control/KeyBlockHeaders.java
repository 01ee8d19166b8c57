// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code KeyBlockHeaders}, a structure of the control-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record KeyBlockHeaders(
        @JsonProperty("KeyModesOfUse") KeyModesOfUse keyModesOfUse,
        @JsonProperty("KeyExportability") KeyExportability keyExportability,
        @JsonProperty("KeyVersion") String keyVersion,
        @JsonProperty("OptionalBlocks") Map<String, String> optionalBlocks) {

    public KeyBlockHeaders {
        optionalBlocks = optionalBlocks == null ? null :
                Collections.unmodifiableMap(new LinkedHashMap<>(optionalBlocks));
    }

    @Override
    public String toString() {
        return "KeyBlockHeaders[keyModesOfUse=" + keyModesOfUse + ", keyExportability=" + keyExportability
                + ", keyVersion=" + keyVersion + ", optionalBlocks=" + Sensitive.mask(optionalBlocks) + "]";
    }
}
