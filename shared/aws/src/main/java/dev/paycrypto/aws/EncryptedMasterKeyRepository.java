package dev.paycrypto.aws;

import dev.paycrypto.keys.MasterKeyRecord;
import java.util.Optional;

/**
 * Where the KMS-encrypted storage key lives, so that every function of a region agrees on one, and what the
 * table records about it (its check value, whether it holds keys), so that a missing or replaced key is refused.
 */
public interface EncryptedMasterKeyRepository extends MasterKeyRecord {

    Optional<byte[]> load();

    /** Stores the encrypted key unless one is stored already; true if this call stored it. */
    boolean storeIfAbsent(byte[] encryptedKey);

    /** The item that holds the encrypted key, as messages name it. */
    String encryptedKeyLocation();
}
