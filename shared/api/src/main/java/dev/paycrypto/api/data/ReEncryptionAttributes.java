// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import dev.paycrypto.api.Union;
import dev.paycrypto.api.json.UnionReader;

/**
 * {@code ReEncryptionAttributes}, a union of the data-plane model: exactly one of its members, which
 * {@link Union#memberName()} names.
 */
public sealed interface ReEncryptionAttributes extends Union permits SymmetricEncryptionAttributes,
        DukptEncryptionAttributes {

    /** Reads the union's one known member; members the model does not know are ignored. */
    final class Reader extends UnionReader<ReEncryptionAttributes> {

        public Reader() {
            super(ReEncryptionAttributes.class,
                    member("Symmetric", SymmetricEncryptionAttributes.class),
                    member("Dukpt", DukptEncryptionAttributes.class));
        }
    }
}
