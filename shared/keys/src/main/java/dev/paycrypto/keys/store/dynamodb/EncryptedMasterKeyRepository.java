package dev.paycrypto.keys.store.dynamodb;

import java.util.Optional;

/** Where the KMS-encrypted storage key lives, so that every function of a region agrees on one. */
public interface EncryptedMasterKeyRepository {

    Optional<byte[]> load();

    /** Stores the encrypted key unless one is stored already; true if this call stored it. */
    boolean storeIfAbsent(byte[] encryptedKey);
}
