// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import dev.paycrypto.api.Union;
import dev.paycrypto.api.json.UnionReader;

/**
 * {@code CryptogramAuthResponse}, a union of the data-plane model: exactly one of its members, which
 * {@link Union#memberName()} names.
 */
public sealed interface CryptogramAuthResponse extends Union permits CryptogramVerificationArpcMethod1,
        CryptogramVerificationArpcMethod2 {

    /** Reads the union's one known member; members the model does not know are ignored. */
    final class Reader extends UnionReader<CryptogramAuthResponse> {

        public Reader() {
            super(CryptogramAuthResponse.class,
                    member("ArpcMethod1", CryptogramVerificationArpcMethod1.class),
                    member("ArpcMethod2", CryptogramVerificationArpcMethod2.class));
        }
    }
}
