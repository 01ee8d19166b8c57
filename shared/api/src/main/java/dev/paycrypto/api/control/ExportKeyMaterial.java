// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import dev.paycrypto.api.Union;
import dev.paycrypto.api.json.UnionReader;

/**
 * {@code ExportKeyMaterial}, a union of the control-plane model: exactly one of its members, which
 * {@link Union#memberName()} names.
 */
public sealed interface ExportKeyMaterial extends Union permits ExportTr31KeyBlock, ExportTr34KeyBlock,
        ExportKeyCryptogram, ExportDiffieHellmanTr31KeyBlock, ExportAs2805KeyCryptogram {

    /** Reads the union's one known member; members the model does not know are ignored. */
    final class Reader extends UnionReader<ExportKeyMaterial> {

        public Reader() {
            super(ExportKeyMaterial.class,
                    member("Tr31KeyBlock", ExportTr31KeyBlock.class),
                    member("Tr34KeyBlock", ExportTr34KeyBlock.class),
                    member("KeyCryptogram", ExportKeyCryptogram.class),
                    member("DiffieHellmanTr31KeyBlock", ExportDiffieHellmanTr31KeyBlock.class),
                    member("As2805KeyCryptogram", ExportAs2805KeyCryptogram.class));
        }
    }
}
