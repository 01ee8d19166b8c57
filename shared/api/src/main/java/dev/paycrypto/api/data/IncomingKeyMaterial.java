// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import dev.paycrypto.api.Union;
import dev.paycrypto.api.json.UnionReader;

/**
 * {@code IncomingKeyMaterial}, a union of the data-plane model: exactly one of its members, which
 * {@link Union#memberName()} names.
 */
public sealed interface IncomingKeyMaterial extends Union permits IncomingDiffieHellmanTr31KeyBlock {

    /** Reads the union's one known member; members the model does not know are ignored. */
    final class Reader extends UnionReader<IncomingKeyMaterial> {

        public Reader() {
            super(IncomingKeyMaterial.class,
                    member("DiffieHellmanTr31KeyBlock", IncomingDiffieHellmanTr31KeyBlock.class));
        }
    }
}
