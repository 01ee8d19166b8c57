// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import dev.paycrypto.api.Union;
import dev.paycrypto.api.json.UnionReader;

/**
 * {@code ImportKeyMaterial}, a union of the control-plane model: exactly one of its members, which
 * {@link Union#memberName()} names.
 */
public sealed interface ImportKeyMaterial extends Union permits RootCertificatePublicKey, TrustedCertificatePublicKey,
        ImportTr31KeyBlock, ImportTr34KeyBlock, ImportKeyCryptogram, ImportDiffieHellmanTr31KeyBlock,
        ImportAs2805KeyCryptogram {

    /** Reads the union's one known member; members the model does not know are ignored. */
    final class Reader extends UnionReader<ImportKeyMaterial> {

        public Reader() {
            super(ImportKeyMaterial.class,
                    member("RootCertificatePublicKey", RootCertificatePublicKey.class),
                    member("TrustedCertificatePublicKey", TrustedCertificatePublicKey.class),
                    member("Tr31KeyBlock", ImportTr31KeyBlock.class),
                    member("Tr34KeyBlock", ImportTr34KeyBlock.class),
                    member("KeyCryptogram", ImportKeyCryptogram.class),
                    member("DiffieHellmanTr31KeyBlock", ImportDiffieHellmanTr31KeyBlock.class),
                    member("As2805KeyCryptogram", ImportAs2805KeyCryptogram.class));
        }
    }
}
