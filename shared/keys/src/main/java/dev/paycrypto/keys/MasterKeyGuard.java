package dev.paycrypto.keys;

import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.keys.MasterKeyUnavailableException.Reason;
import java.util.Optional;

/**
 * The one rule for admitting a master key at start, for every source (a file, a KMS-encrypted item) and every
 * store: a master key is made only for a store that is new, and is never replaced in silence.
 * <ol>
 * <li>The store has recorded a check value: the key must be there and have that check value.</li>
 * <li>The store holds sealed blocks but no check value (a store of an earlier version): the key must be there and
 * open a stored block; then its check value is recorded.</li>
 * <li>The store holds nothing: a key that is there is adopted, a missing one is made; its check value is
 * recorded.</li>
 * </ol>
 * Anything else is refused with a {@link MasterKeyUnavailableException}, before anything is written. Recording is
 * a conditional write, so two starts racing with different keys cannot both win: the loser is refused.
 */
public final class MasterKeyGuard {

    /** The length of a master key: an AES-256 key block protection key. */
    public static final int KEY_BYTES = 32;

    private MasterKeyGuard() {
    }

    /** The master key of {@code store}, from {@code source}, made there only if the store is new. */
    public static SecretBytes admit(MasterKeySource source, MasterKeyRecord store) {
        Optional<String> recorded = store.masterKeyCheckValue();
        if (recorded.isPresent()) {
            SecretBytes key = require(source.read(), source, store);
            if (!MasterKeyCheckValue.of(key).equals(recorded.get())) {
                key.wipe();
                throw different(source, store);
            }
            return key;
        }
        Optional<String> sealed = store.anySealedBlock();
        if (sealed.isPresent()) {
            SecretBytes key = require(source.read(), source, store);
            // the question is only which key sealed the block, so its MAC decides; whether its metadata agrees
            // is checked, and reported per key, whenever the key is used
            if (!KeyMaterialSealer.isSealedUnder(key, sealed.get())) {
                key.wipe();
                throw different(source, store);
            }
            return recordCheckValue(key, source, store);
        }
        FoundMasterKey found = source.read();
        if (found instanceof FoundMasterKey.Missing && store.isNew()) {
            found = source.createIfAbsent();
        }
        return recordCheckValue(require(found, source, store), source, store);
    }

    private static SecretBytes require(FoundMasterKey found, MasterKeySource source, MasterKeyRecord store) {
        if (found instanceof FoundMasterKey.Present present) {
            return present.key();
        }
        if (found instanceof FoundMasterKey.WrongLength wrong) {
            throw refusal(Reason.DAMAGED, source, " is truncated or damaged (it holds " + wrong.bytes()
                    + " bytes, not " + KEY_BYTES + ")");
        }
        throw refusal(Reason.MISSING, source, " is missing, but " + store.location()
                + (holdsKeys(store) ? " holds keys sealed under it" : " was set up with one"));
    }

    private static SecretBytes recordCheckValue(SecretBytes key, MasterKeySource source, MasterKeyRecord store) {
        String checkValue = MasterKeyCheckValue.of(key);
        if (!store.storeMasterKeyCheckValueIfAbsent(checkValue)
                && !store.masterKeyCheckValue().map(checkValue::equals).orElse(false)) {
            // another start recorded a different key first
            key.wipe();
            throw different(source, store);
        }
        return key;
    }

    private static MasterKeyUnavailableException different(MasterKeySource source, MasterKeyRecord store) {
        return refusal(Reason.DIFFERENT, source, holdsKeys(store)
                ? " does not hold the key that the keys in " + store.location() + " are sealed under"
                : " does not hold the key " + store.location() + " was set up with");
    }

    private static boolean holdsKeys(MasterKeyRecord store) {
        return store.anySealedBlock().isPresent();
    }

    /** One line: the key's place, what is wrong, the remedy; never a key, nor the found key's check value. */
    private static MasterKeyUnavailableException refusal(Reason reason, MasterKeySource source, String problem) {
        return new MasterKeyUnavailableException(reason, source.describe() + problem + ": " + source.remedy() + ".");
    }
}
