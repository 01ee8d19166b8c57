package dev.paycrypto.app.keys;

import dev.paycrypto.api.data.WrappedKey;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ValidationException;

/**
 * Where every data operation gets the key it works with, whatever its source: a stored key of the account, a
 * working key wrapped in the request ({@code WrappedKey}: a TR-31 block under a K0/K1 key-block protection key, or
 * a key agreed by ECDH with a K3 key pair), or a DUKPT working key from a base derivation key and the
 * transaction's key serial number. Each source checks the key against the operation's requirement before it is
 * used; the key comes back opened, to be closed (wiped) by the caller.
 */
public final class WorkingKeys {

    /**
     * A request's key: {@code identifier} names the stored key, or the key that protects or derives the working
     * key when {@code wrapped} or {@code dukpt} is given; {@code wrappedField} names the wrapped key in messages.
     */
    public record Source(String identifier, WrappedKey wrapped, String wrappedField, DukptKeys.Derivation dukpt) {

        public static Source stored(String identifier) {
            return new Source(identifier, null, null, null);
        }

        /** A stored key, or the key wrapped in {@code wrapped} (member {@code wrappedField}) when it is present. */
        public static Source storedOrWrapped(String identifier, WrappedKey wrapped, String wrappedField) {
            return new Source(identifier, wrapped, wrappedField, null);
        }

        public static Source dukpt(String bdkIdentifier, DukptKeys.Derivation derivation) {
            return new Source(bdkIdentifier, null, null, derivation);
        }

        /**
         * Any of the three: a DUKPT working key when {@code dukpt} is given, else as {@link #storedOrWrapped}; a
         * request may not give both.
         */
        public static Source any(String identifier, WrappedKey wrapped, String wrappedField,
                                 DukptKeys.Derivation dukpt) {
            if (wrapped != null && dukpt != null) {
                throw new ValidationException(wrappedField + " and DUKPT attributes cannot be given together");
            }
            return new Source(identifier, wrapped, wrappedField, dukpt);
        }
    }

    private final KeySources keys;

    public WorkingKeys(KeySources keys) {
        this.keys = keys;
    }

    /**
     * The key of {@code source}, opened: a DUKPT working key for {@code purpose} (its BDK checked against
     * {@link KeyRequirements#DUKPT_BASE_DERIVATION}), or a stored or wrapped key that meets {@code requirement}.
     */
    public UsableKey open(CallContext context, Source source, KeyRequirement requirement,
                          DukptKeys.Purpose purpose) {
        if (source.dukpt() != null) {
            return DukptKeys.derive(keys, context, source.identifier(), source.dukpt(), purpose);
        }
        if (source.wrapped() != null) {
            return WrappedKeys.open(keys, context, source.identifier(), source.wrapped(), source.wrappedField(),
                    requirement);
        }
        return keys.symmetric(context, source.identifier(), requirement);
    }

    /** As {@link #open(CallContext, Source, KeyRequirement, DukptKeys.Purpose)}, for the requirement of a row. */
    public UsableKey open(CallContext context, Source source, KeyRequirements row, DukptKeys.Purpose purpose) {
        return open(context, source, row.requirement(), purpose);
    }

    /** A DUKPT working key for {@code purpose}. */
    public UsableKey dukpt(CallContext context, String bdkIdentifier, DukptKeys.Derivation derivation,
                           DukptKeys.Purpose purpose) {
        return DukptKeys.derive(keys, context, bdkIdentifier, derivation, purpose);
    }

    /** A stored symmetric key meeting {@code requirement}. */
    public UsableKey stored(CallContext context, String identifier, KeyRequirements requirement) {
        return keys.symmetric(context, identifier, requirement);
    }

    /** The account's key sources themselves (asymmetric keys, resolution without opening). */
    public KeySources keySources() {
        return keys;
    }
}
