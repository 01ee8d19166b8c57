// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import dev.paycrypto.api.Sensitive;
import dev.paycrypto.api.Union;
import dev.paycrypto.api.json.UnionReader;
import java.util.Objects;

/**
 * {@code WrappedKeyMaterial}, a union of the data-plane model: exactly one of its members, which
 * {@link Union#memberName()} names.
 */
public sealed interface WrappedKeyMaterial extends Union permits WrappedKeyMaterial.Tr31KeyBlock,
        EcdhDerivationAttributes {

    /** Reads the union's one known member; members the model does not know are ignored. */
    final class Reader extends UnionReader<WrappedKeyMaterial> {

        public Reader() {
            super(WrappedKeyMaterial.class,
                    member("Tr31KeyBlock", String.class, Tr31KeyBlock::new),
                    member("DiffieHellmanSymmetricKey", EcdhDerivationAttributes.class));
        }
    }

    /** The member {@code Tr31KeyBlock}. */
    record Tr31KeyBlock(String value) implements WrappedKeyMaterial {

        public Tr31KeyBlock {
            Objects.requireNonNull(value, "Tr31KeyBlock is required");
        }

        @Override
        public String memberName() {
            return "Tr31KeyBlock";
        }

        @Override
        public Object memberValue() {
            return value;
        }

        @Override
        public String toString() {
            return "Tr31KeyBlock[value=" + Sensitive.mask(value) + "]";
        }
    }
}
