// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import dev.paycrypto.api.Union;
import dev.paycrypto.api.json.UnionReader;

/**
 * {@code SessionKeyDerivation}, a union of the data-plane model: exactly one of its members, which
 * {@link Union#memberName()} names.
 */
public sealed interface SessionKeyDerivation extends Union permits SessionKeyEmvCommon, SessionKeyMastercard,
        SessionKeyEmv2000, SessionKeyAmex, SessionKeyVisa, SessionKeyUnionPay {

    /** Reads the union's one known member; members the model does not know are ignored. */
    final class Reader extends UnionReader<SessionKeyDerivation> {

        public Reader() {
            super(SessionKeyDerivation.class,
                    member("EmvCommon", SessionKeyEmvCommon.class),
                    member("Mastercard", SessionKeyMastercard.class),
                    member("Emv2000", SessionKeyEmv2000.class),
                    member("Amex", SessionKeyAmex.class),
                    member("Visa", SessionKeyVisa.class),
                    member("UnionPay", SessionKeyUnionPay.class));
        }
    }
}
