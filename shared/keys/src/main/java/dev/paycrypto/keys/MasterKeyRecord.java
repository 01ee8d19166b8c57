package dev.paycrypto.keys;

import java.util.Optional;

/**
 * What a key store knows about the master key its blocks are sealed under, for {@link MasterKeyGuard}: the check
 * value recorded when the master key was first adopted, and whether the store holds anything at all. Stores of
 * earlier versions have no check value; the guard records one once the master key has opened a stored block.
 */
public interface MasterKeyRecord {

    /** The recorded {@link MasterKeyCheckValue} of the master key, if one was recorded. */
    Optional<String> masterKeyCheckValue();

    /** Records the check value unless one is recorded already (a conditional write); true if this call did. */
    boolean storeMasterKeyCheckValueIfAbsent(String checkValue);

    /** Some key block sealed under the master key, of a key or a sealed record, if the store holds any. */
    Optional<String> anySealedBlock();

    /** True if the store holds no key, alias, sealed record or check value: nothing was ever kept in it. */
    boolean isNew();

    /** The store as messages name it: its database file, or its table. */
    String location();
}
