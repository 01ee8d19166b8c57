// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import dev.paycrypto.api.Union;
import dev.paycrypto.api.json.UnionReader;

/**
 * {@code PinGenerationAttributes}, a union of the data-plane model: exactly one of its members, which
 * {@link Union#memberName()} names.
 */
public sealed interface PinGenerationAttributes extends Union permits VisaPin, VisaPinVerificationValue,
        Ibm3624PinOffset, Ibm3624NaturalPin, Ibm3624RandomPin, Ibm3624PinFromOffset {

    /** Reads the union's one known member; members the model does not know are ignored. */
    final class Reader extends UnionReader<PinGenerationAttributes> {

        public Reader() {
            super(PinGenerationAttributes.class,
                    member("VisaPin", VisaPin.class),
                    member("VisaPinVerificationValue", VisaPinVerificationValue.class),
                    member("Ibm3624PinOffset", Ibm3624PinOffset.class),
                    member("Ibm3624NaturalPin", Ibm3624NaturalPin.class),
                    member("Ibm3624RandomPin", Ibm3624RandomPin.class),
                    member("Ibm3624PinFromOffset", Ibm3624PinFromOffset.class));
        }
    }
}
