// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import dev.paycrypto.api.Union;
import dev.paycrypto.api.json.UnionReader;
import java.util.Objects;

/**
 * {@code MacAttributes}, a union of the data-plane model: exactly one of its members, which
 * {@link Union#memberName()} names.
 */
public sealed interface MacAttributes extends Union permits MacAttributes.Algorithm, MacAlgorithmEmv,
        MacAttributes.DukptIso9797Algorithm1, MacAttributes.DukptIso9797Algorithm3, MacAttributes.DukptCmac {

    /** Reads the union's one known member; members the model does not know are ignored. */
    final class Reader extends UnionReader<MacAttributes> {

        public Reader() {
            super(MacAttributes.class,
                    member("Algorithm", MacAlgorithm.class, Algorithm::new),
                    member("EmvMac", MacAlgorithmEmv.class),
                    member("DukptIso9797Algorithm1", MacAlgorithmDukpt.class, DukptIso9797Algorithm1::new),
                    member("DukptIso9797Algorithm3", MacAlgorithmDukpt.class, DukptIso9797Algorithm3::new),
                    member("DukptCmac", MacAlgorithmDukpt.class, DukptCmac::new));
        }
    }

    /** The member {@code Algorithm}. */
    record Algorithm(MacAlgorithm value) implements MacAttributes {

        public Algorithm {
            Objects.requireNonNull(value, "Algorithm is required");
        }

        @Override
        public String memberName() {
            return "Algorithm";
        }

        @Override
        public Object memberValue() {
            return value;
        }
    }

    /** The member {@code DukptIso9797Algorithm1}. */
    record DukptIso9797Algorithm1(MacAlgorithmDukpt value) implements MacAttributes {

        public DukptIso9797Algorithm1 {
            Objects.requireNonNull(value, "DukptIso9797Algorithm1 is required");
        }

        @Override
        public String memberName() {
            return "DukptIso9797Algorithm1";
        }

        @Override
        public Object memberValue() {
            return value;
        }
    }

    /** The member {@code DukptIso9797Algorithm3}. */
    record DukptIso9797Algorithm3(MacAlgorithmDukpt value) implements MacAttributes {

        public DukptIso9797Algorithm3 {
            Objects.requireNonNull(value, "DukptIso9797Algorithm3 is required");
        }

        @Override
        public String memberName() {
            return "DukptIso9797Algorithm3";
        }

        @Override
        public Object memberValue() {
            return value;
        }
    }

    /** The member {@code DukptCmac}. */
    record DukptCmac(MacAlgorithmDukpt value) implements MacAttributes {

        public DukptCmac {
            Objects.requireNonNull(value, "DukptCmac is required");
        }

        @Override
        public String memberName() {
            return "DukptCmac";
        }

        @Override
        public Object memberValue() {
            return value;
        }
    }
}
