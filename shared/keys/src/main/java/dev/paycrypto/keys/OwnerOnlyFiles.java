package dev.paycrypto.keys;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The local runtime's files that only their owner may read: a Region's data directory (0700), its master key and
 * its databases (0600). Files are created with their mode, never widened first and narrowed after. Where the file
 * system has no POSIX permissions (Windows), the modes are left to it.
 */
public final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    /** The files SQLite keeps beside a database: write-ahead log, shared-memory index, rollback journal. */
    private static final String[] DATABASE_SIBLINGS = {"-wal", "-shm", "-journal"};

    private OwnerOnlyFiles() {
    }

    /**
     * Creates {@code directory} (and any missing parents) with mode 0700, or narrows an existing one to 0700. The
     * directory is the service's own (a Region's keys, master key and audit records), so narrowing it takes
     * nothing from anyone.
     */
    public static void directory(Path directory) throws IOException {
        if (!posix(directory)) {
            Files.createDirectories(directory);
            return;
        }
        Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
        if (!Files.getPosixFilePermissions(directory).equals(DIRECTORY)) {
            Files.setPosixFilePermissions(directory, DIRECTORY);
        }
    }

    /**
     * Makes a database file ready for SQLite: a missing one is created empty with mode 0600 (so that SQLite, which
     * gives its -wal and -shm files the database's mode, creates those 0600 too), and an existing one and its
     * siblings, perhaps made 0644 by an earlier version, are narrowed to 0600. A missing parent directory is
     * created 0700; an existing one is left as it is.
     */
    public static void database(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            directory(parent);
        }
        if (!posix(file)) {
            return;
        }
        try {
            Files.createFile(file, fileMode());
        } catch (FileAlreadyExistsException existing) {
            narrow(file);
        }
        for (String sibling : DATABASE_SIBLINGS) {
            narrow(file.resolveSibling(file.getFileName() + sibling));
        }
    }

    /** The attributes that create a file with mode 0600, or none where the file system has no POSIX modes. */
    static FileAttribute<?>[] fileMode(Path file) {
        return posix(file) ? new FileAttribute<?>[] {fileMode()} : new FileAttribute<?>[0];
    }

    private static FileAttribute<Set<PosixFilePermission>> fileMode() {
        return PosixFilePermissions.asFileAttribute(FILE);
    }

    private static void narrow(Path file) throws IOException {
        if (Files.exists(file) && !Files.getPosixFilePermissions(file).equals(FILE)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
