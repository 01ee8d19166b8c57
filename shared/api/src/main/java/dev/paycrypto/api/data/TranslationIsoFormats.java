// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import dev.paycrypto.api.Union;
import dev.paycrypto.api.json.UnionReader;
import java.util.Objects;

/**
 * {@code TranslationIsoFormats}, a union of the data-plane model: exactly one of its members, which
 * {@link Union#memberName()} names.
 */
public sealed interface TranslationIsoFormats extends Union permits TranslationIsoFormats.IsoFormat0,
        TranslationPinDataIsoFormat1, TranslationIsoFormats.IsoFormat3, TranslationIsoFormats.IsoFormat4,
        TranslationPinDataAs2805Format0 {

    /** Reads the union's one known member; members the model does not know are ignored. */
    final class Reader extends UnionReader<TranslationIsoFormats> {

        public Reader() {
            super(TranslationIsoFormats.class,
                    member("IsoFormat0", TranslationPinDataIsoFormat034.class, IsoFormat0::new),
                    member("IsoFormat1", TranslationPinDataIsoFormat1.class),
                    member("IsoFormat3", TranslationPinDataIsoFormat034.class, IsoFormat3::new),
                    member("IsoFormat4", TranslationPinDataIsoFormat034.class, IsoFormat4::new),
                    member("As2805Format0", TranslationPinDataAs2805Format0.class));
        }
    }

    /** The member {@code IsoFormat0}. */
    record IsoFormat0(TranslationPinDataIsoFormat034 value) implements TranslationIsoFormats {

        public IsoFormat0 {
            Objects.requireNonNull(value, "IsoFormat0 is required");
        }

        @Override
        public String memberName() {
            return "IsoFormat0";
        }

        @Override
        public Object memberValue() {
            return value;
        }
    }

    /** The member {@code IsoFormat3}. */
    record IsoFormat3(TranslationPinDataIsoFormat034 value) implements TranslationIsoFormats {

        public IsoFormat3 {
            Objects.requireNonNull(value, "IsoFormat3 is required");
        }

        @Override
        public String memberName() {
            return "IsoFormat3";
        }

        @Override
        public Object memberValue() {
            return value;
        }
    }

    /** The member {@code IsoFormat4}. */
    record IsoFormat4(TranslationPinDataIsoFormat034 value) implements TranslationIsoFormats {

        public IsoFormat4 {
            Objects.requireNonNull(value, "IsoFormat4 is required");
        }

        @Override
        public String memberName() {
            return "IsoFormat4";
        }

        @Override
        public Object memberValue() {
            return value;
        }
    }
}
