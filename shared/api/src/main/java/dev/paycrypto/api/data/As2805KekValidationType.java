// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import dev.paycrypto.api.Union;
import dev.paycrypto.api.json.UnionReader;

/**
 * {@code As2805KekValidationType}, a union of the data-plane model: exactly one of its members, which
 * {@link Union#memberName()} names.
 */
public sealed interface As2805KekValidationType extends Union permits KekValidationRequest, KekValidationResponse {

    /** Reads the union's one known member; members the model does not know are ignored. */
    final class Reader extends UnionReader<As2805KekValidationType> {

        public Reader() {
            super(As2805KekValidationType.class,
                    member("KekValidationRequest", KekValidationRequest.class),
                    member("KekValidationResponse", KekValidationResponse.class));
        }
    }
}
