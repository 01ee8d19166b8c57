// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import dev.paycrypto.api.Sensitive;
import dev.paycrypto.api.Union;
import dev.paycrypto.api.json.UnionReader;
import java.util.Objects;

/**
 * {@code SessionKeyDerivationValue}, a union of the data-plane model: exactly one of its members, which
 * {@link Union#memberName()} names.
 */
public sealed interface SessionKeyDerivationValue extends Union permits SessionKeyDerivationValue.ApplicationCryptogram,
        SessionKeyDerivationValue.ApplicationTransactionCounter {

    /** Reads the union's one known member; members the model does not know are ignored. */
    final class Reader extends UnionReader<SessionKeyDerivationValue> {

        public Reader() {
            super(SessionKeyDerivationValue.class,
                    member("ApplicationCryptogram", String.class, ApplicationCryptogram::new),
                    member("ApplicationTransactionCounter", String.class, ApplicationTransactionCounter::new));
        }
    }

    /** The member {@code ApplicationCryptogram}. */
    record ApplicationCryptogram(String value) implements SessionKeyDerivationValue {

        public ApplicationCryptogram {
            Objects.requireNonNull(value, "ApplicationCryptogram is required");
        }

        @Override
        public String memberName() {
            return "ApplicationCryptogram";
        }

        @Override
        public Object memberValue() {
            return value;
        }

        @Override
        public String toString() {
            return "ApplicationCryptogram[value=" + Sensitive.mask(value) + "]";
        }
    }

    /** The member {@code ApplicationTransactionCounter}. */
    record ApplicationTransactionCounter(String value) implements SessionKeyDerivationValue {

        public ApplicationTransactionCounter {
            Objects.requireNonNull(value, "ApplicationTransactionCounter is required");
        }

        @Override
        public String memberName() {
            return "ApplicationTransactionCounter";
        }

        @Override
        public Object memberValue() {
            return value;
        }
    }
}
