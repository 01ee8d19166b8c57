package dev.paycrypto.keys;

import dev.paycrypto.crypto.SecretBytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * The master key of one Region directory of the local runtime: the file {@value #FILE_NAME} beside the Region's
 * key database, checked against what that database records ({@link MasterKeyRecord}) by {@link MasterKeyGuard}
 * before anything is sealed or opened.
 */
public final class LocalMasterKey {

    /** The key file's name in a Region directory. */
    public static final String FILE_NAME = "master.key";

    private LocalMasterKey() {
    }

    /**
     * The master key of {@code regionDirectory}, for a {@link KeyMaterialSealer} over {@code store}. Call it once
     * per Region at start, after opening the Region's key database (paycrypto-sqlite's {@code SqliteKeyStore.open},
     * which creates it 0600), and before the store serves a request:
     * <pre>{@code
     * SqliteKeyStore store = SqliteKeyStore.open(directory.resolve("keys.db"));
     * MasterKeyProvider masterKey = LocalMasterKey.open(directory, store, random);
     * }</pre>
     * <ul>
     * <li>A new store (no key, alias, sealed record or recorded check value) and no {@code master.key}: a new key
     * is written (atomically, mode 0600, forced to disk) and its check value recorded in the store.</li>
     * <li>A store with a recorded check value: {@code master.key} must hold the key with that check value.</li>
     * <li>A store of an earlier version (keys but no check value): {@code master.key} must open a stored key
     * block; its check value is then recorded.</li>
     * <li>A new store and an existing {@code master.key}: the key is adopted and its check value recorded.</li>
     * </ul>
     * The directory is created, or narrowed, to mode 0700. On refusal nothing is written: no key file, no check
     * value.
     *
     * @throws MasterKeyUnavailableException if {@code master.key} is missing, truncated or another key while the
     *     store holds keys sealed under (or a check value of) its key; the message names the file and the remedy
     * @throws UncheckedIOException if the directory or the file cannot be read or written
     */
    public static MasterKeyProvider open(Path regionDirectory, MasterKeyRecord store, SecureRandom random) {
        try {
            OwnerOnlyFiles.directory(regionDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create or protect the data directory " + regionDirectory, e);
        }
        SecretBytes key = MasterKeyGuard.admit(new MasterKeyFile(regionDirectory.resolve(FILE_NAME), random), store);
        return new FileMasterKeyProvider(key);
    }
}
