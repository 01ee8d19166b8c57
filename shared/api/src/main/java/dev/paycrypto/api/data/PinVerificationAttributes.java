// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import dev.paycrypto.api.Union;
import dev.paycrypto.api.json.UnionReader;

/**
 * {@code PinVerificationAttributes}, a union of the data-plane model: exactly one of its members, which
 * {@link Union#memberName()} names.
 */
public sealed interface PinVerificationAttributes extends Union permits VisaPinVerification, Ibm3624PinVerification {

    /** Reads the union's one known member; members the model does not know are ignored. */
    final class Reader extends UnionReader<PinVerificationAttributes> {

        public Reader() {
            super(PinVerificationAttributes.class,
                    member("VisaPin", VisaPinVerification.class),
                    member("Ibm3624Pin", Ibm3624PinVerification.class));
        }
    }
}
