package dev.paycrypto.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The master key as a file of the local runtime: 32 random bytes, mode 0600, in a Region's data directory.
 *
 * <p>A new file appears whole or not at all, and survives a crash once it has appeared: the key is written to a
 * temporary file of the same directory (created 0600) and forced to disk, then linked under its name, and the
 * directory is forced to disk so that the new name is durable. A hard link, unlike a rename, fails rather than
 * replace a file that is there, so two starts racing agree on the first key.
 */
final class MasterKeyFile implements MasterKeySource {

    private final Path file;
    private final SecureRandom random;

    MasterKeyFile(Path file, SecureRandom random) {
        this.file = file.toAbsolutePath();
        this.random = random;
    }

    @Override
    public FoundMasterKey read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new FoundMasterKey.Missing();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the master key file " + file, e);
        }
        try {
            return FoundMasterKey.of(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    @Override
    public FoundMasterKey createIfAbsent() {
        byte[] fresh = new byte[MasterKeyGuard.KEY_BYTES];
        Path temporary = null;
        try {
            Path directory = file.getParent();
            OwnerOnlyFiles.directory(directory);
            random.nextBytes(fresh);
            temporary = Files.createTempFile(directory, ".master.key-", ".tmp", OwnerOnlyFiles.fileMode(directory));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(fresh);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            publish(temporary);
            forceDirectory(directory);
            return read();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the master key file " + file, e);
        } finally {
            Arrays.fill(fresh, (byte) 0);
            deleteQuietly(temporary);
        }
    }

    @Override
    public String describe() {
        return "The master key file " + file;
    }

    @Override
    public String remedy() {
        return "restore " + file.getFileName() + " from your backup (or move the directory " + file.getParent()
                + " away to start afresh)";
    }

    /**
     * Gives the temporary file the key file's name, unless a file has that name already (another start was
     * quicker: then this start uses its key, read afresh).
     */
    private void publish(Path temporary) throws IOException {
        try {
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException raced) {
            // the file appeared since it was found missing: its key is used, never replaced
        } catch (IOException | UnsupportedOperationException noHardLinks) {
            // a file system without hard links (some network and container mounts): a rename without
            // REPLACE_EXISTING is as atomic and refuses a file that is there, with a short window between its
            // check and the rename
            try {
                Files.move(temporary, file);
            } catch (FileAlreadyExistsException raced) {
                // as above
            }
        }
    }

    /** Makes a new name in {@code directory} durable (POSIX fsync of the directory); a no-op where it cannot be. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // Windows cannot open a directory as a channel, and NTFS makes the rename durable itself
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // a stray temporary file holds a key nobody uses, mode 0600 in a 0700 directory; the next start
            // is not affected by it
        }
    }
}
