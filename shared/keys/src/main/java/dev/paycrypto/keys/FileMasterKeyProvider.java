package dev.paycrypto.keys;

import dev.paycrypto.crypto.SecretBytes;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * The local runtime's storage KBPK, kept in the file {@code master.key} of a Region's data directory (see
 * {@link MasterKeyFile}). {@link LocalMasterKey#open} makes one after checking the key against the Region's key
 * store.
 */
public final class FileMasterKeyProvider implements MasterKeyProvider {

    private final SecretBytes key;

    FileMasterKeyProvider(SecretBytes key) {
        this.key = key;
    }

    @Override
    public SecretBytes storageKey() {
        return key;
    }
}
