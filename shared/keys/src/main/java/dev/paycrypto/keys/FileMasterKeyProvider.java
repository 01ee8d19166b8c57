package dev.paycrypto.keys;

import dev.paycrypto.crypto.SecretBytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The local runtime's storage KBPK: 32 random bytes in a file of the data directory, created on first start with
 * mode 0600 (created with those permissions, never readable by others even briefly) and read on later starts.
 */
public final class FileMasterKeyProvider implements MasterKeyProvider {

    private static final int KEY_BYTES = 32;

    private final SecretBytes key;

    public FileMasterKeyProvider(Path file, SecureRandom random) {
        this.key = loadOrCreate(file, random);
    }

    @Override
    public SecretBytes storageKey() {
        return key;
    }

    private static SecretBytes loadOrCreate(Path file, SecureRandom random) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!Files.exists(file)) {
                byte[] fresh = new byte[KEY_BYTES];
                random.nextBytes(fresh);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.write(file, fresh, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first: use theirs
                } finally {
                    Arrays.fill(fresh, (byte) 0);
                }
            }
            byte[] bytes = Files.readAllBytes(file);
            try {
                if (bytes.length != KEY_BYTES) {
                    throw new IllegalStateException("The master key file " + file + " does not hold a "
                            + KEY_BYTES + "-byte key");
                }
                return SecretBytes.of(bytes);
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the master key file " + file, e);
        }
    }
}
