// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import dev.paycrypto.api.Sensitive;
import dev.paycrypto.api.Union;
import dev.paycrypto.api.json.UnionReader;
import java.util.Objects;

/**
 * {@code PinData}, a union of the data-plane model: exactly one of its members, which
 * {@link Union#memberName()} names.
 */
public sealed interface PinData extends Union permits PinData.PinOffset, PinData.VerificationValue {

    /** Reads the union's one known member; members the model does not know are ignored. */
    final class Reader extends UnionReader<PinData> {

        public Reader() {
            super(PinData.class,
                    member("PinOffset", String.class, PinOffset::new),
                    member("VerificationValue", String.class, VerificationValue::new));
        }
    }

    /** The member {@code PinOffset}. */
    record PinOffset(String value) implements PinData {

        public PinOffset {
            Objects.requireNonNull(value, "PinOffset is required");
        }

        @Override
        public String memberName() {
            return "PinOffset";
        }

        @Override
        public Object memberValue() {
            return value;
        }

        @Override
        public String toString() {
            return "PinOffset[value=" + Sensitive.mask(value) + "]";
        }
    }

    /** The member {@code VerificationValue}. */
    record VerificationValue(String value) implements PinData {

        public VerificationValue {
            Objects.requireNonNull(value, "VerificationValue is required");
        }

        @Override
        public String memberName() {
            return "VerificationValue";
        }

        @Override
        public Object memberValue() {
            return value;
        }

        @Override
        public String toString() {
            return "VerificationValue[value=" + Sensitive.mask(value) + "]";
        }
    }
}
