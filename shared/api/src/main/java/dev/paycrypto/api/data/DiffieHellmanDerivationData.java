// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import dev.paycrypto.api.Union;
import dev.paycrypto.api.json.UnionReader;
import java.util.Objects;

/**
 * {@code DiffieHellmanDerivationData}, a union of the data-plane model: exactly one of its members, which
 * {@link Union#memberName()} names.
 */
public sealed interface DiffieHellmanDerivationData extends Union permits
        DiffieHellmanDerivationData.SharedInformation {

    /** Reads the union's one known member; members the model does not know are ignored. */
    final class Reader extends UnionReader<DiffieHellmanDerivationData> {

        public Reader() {
            super(DiffieHellmanDerivationData.class,
                    member("SharedInformation", String.class, SharedInformation::new));
        }
    }

    /** The member {@code SharedInformation}. */
    record SharedInformation(String value) implements DiffieHellmanDerivationData {

        public SharedInformation {
            Objects.requireNonNull(value, "SharedInformation is required");
        }

        @Override
        public String memberName() {
            return "SharedInformation";
        }

        @Override
        public Object memberValue() {
            return value;
        }
    }
}
