// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import dev.paycrypto.api.Union;
import dev.paycrypto.api.json.UnionReader;

/**
 * {@code DerivationMethodAttributes}, a union of the data-plane model: exactly one of its members, which
 * {@link Union#memberName()} names.
 */
public sealed interface DerivationMethodAttributes extends Union permits EmvCommonAttributes, AmexAttributes,
        VisaAttributes, Emv2000Attributes, MasterCardAttributes {

    /** Reads the union's one known member; members the model does not know are ignored. */
    final class Reader extends UnionReader<DerivationMethodAttributes> {

        public Reader() {
            super(DerivationMethodAttributes.class,
                    member("EmvCommon", EmvCommonAttributes.class),
                    member("Amex", AmexAttributes.class),
                    member("Visa", VisaAttributes.class),
                    member("Emv2000", Emv2000Attributes.class),
                    member("Mastercard", MasterCardAttributes.class));
        }
    }
}
