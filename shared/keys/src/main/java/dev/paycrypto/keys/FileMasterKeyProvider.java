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

    /**
     * Reads the key file, or creates it (atomically, mode 0600) when it is missing, without asking the key store.
     *
     * @deprecated a missing file is replaced by a new key even when the store holds keys sealed under the old one,
     *     which leaves them unopenable: use {@link LocalMasterKey#open}, which refuses that. Kept only until the
     *     local runtime calls it.
     * @throws MasterKeyUnavailableException if the file is there but does not hold a 32-byte key
     */
    @Deprecated
    public FileMasterKeyProvider(Path file, SecureRandom random) {
        MasterKeyFile keyFile = new MasterKeyFile(file, random);
        FoundMasterKey found = keyFile.read();
        if (found instanceof FoundMasterKey.Missing) {
            found = keyFile.createIfAbsent();
        }
        if (!(found instanceof FoundMasterKey.Present present)) {
            throw new MasterKeyUnavailableException(MasterKeyUnavailableException.Reason.DAMAGED,
                    keyFile.describe() + " does not hold a " + MasterKeyGuard.KEY_BYTES + "-byte key: "
                            + keyFile.remedy() + ".");
        }
        this.key = present.key();
    }

    @Override
    public SecretBytes storageKey() {
        return key;
    }
}
