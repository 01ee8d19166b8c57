// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import dev.paycrypto.api.Union;
import dev.paycrypto.api.json.UnionReader;

/**
 * {@code CardGenerationAttributes}, a union of the data-plane model: exactly one of its members, which
 * {@link Union#memberName()} names.
 */
public sealed interface CardGenerationAttributes extends Union permits AmexCardSecurityCodeVersion1,
        AmexCardSecurityCodeVersion2, CardVerificationValue1, CardVerificationValue2, CardHolderVerificationValue,
        DynamicCardVerificationCode, DynamicCardVerificationValue {

    /** Reads the union's one known member; members the model does not know are ignored. */
    final class Reader extends UnionReader<CardGenerationAttributes> {

        public Reader() {
            super(CardGenerationAttributes.class,
                    member("AmexCardSecurityCodeVersion1", AmexCardSecurityCodeVersion1.class),
                    member("AmexCardSecurityCodeVersion2", AmexCardSecurityCodeVersion2.class),
                    member("CardVerificationValue1", CardVerificationValue1.class),
                    member("CardVerificationValue2", CardVerificationValue2.class),
                    member("CardHolderVerificationValue", CardHolderVerificationValue.class),
                    member("DynamicCardVerificationCode", DynamicCardVerificationCode.class),
                    member("DynamicCardVerificationValue", DynamicCardVerificationValue.class));
        }
    }
}
