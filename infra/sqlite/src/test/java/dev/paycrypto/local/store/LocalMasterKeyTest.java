package dev.paycrypto.local.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.keys.LocalMasterKey;
import dev.paycrypto.keys.MasterKeyCheckValue;
import dev.paycrypto.keys.MasterKeyProvider;
import dev.paycrypto.keys.MasterKeyUnavailableException;
import dev.paycrypto.keys.SealedFixtures;
import dev.paycrypto.keys.MasterKeyUnavailableException.Reason;
import dev.paycrypto.keys.store.AliasRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The local runtime's master key, on real files: a Region directory in a temporary directory with its SQLite key
 * database, opened the way the runtime opens it. A master key is made only for a new store, and a missing,
 * truncated or different one is refused with one clear line, leaving every file as it was.
 */
class LocalMasterKeyTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path data;
    private Path region;
    private Path keyFile;
    private Path database;

    @BeforeEach
    void region() throws IOException {
        region = data.resolve("us-east-1");
        // as the runtime does before it opens the store: with the process umask, 0755 here
        Files.createDirectories(region);
        keyFile = region.resolve("master.key");
        database = region.resolve("keys.db");
    }

    @Test
    void theFirstStartMakesAPrivateKeyAndRecordsItsCheckValue() throws IOException {
        try (SqliteKeyStore store = SqliteKeyStore.open(database)) {
            MasterKeyProvider masterKey = LocalMasterKey.open(region, store, RANDOM);

            byte[] onDisk = Files.readAllBytes(keyFile);
            assertThat(onDisk).hasSize(32);
            assertThat(masterKey.storageKey()).isEqualTo(SecretBytes.of(onDisk));
            assertThat(store.masterKeyCheckValue()).contains(MasterKeyCheckValue.of(SecretBytes.of(onDisk)));
            assertThat(mode(keyFile)).isEqualTo("rw-------");
            assertThat(mode(region)).isEqualTo("rwx------");
            SealedFixtures.storeKeys(store, masterKey);
            // only the database and the key: no temporary file left behind
            try (Stream<Path> files = Files.list(region)) {
                assertThat(files.map(f -> f.getFileName().toString()))
                        .allMatch(name -> name.equals("master.key") || name.startsWith("keys.db"))
                        .contains("keys.db-wal", "keys.db-shm");
            }
            try (Stream<Path> files = Files.list(region)) {
                files.filter(f -> f.getFileName().toString().startsWith("keys.db"))
                        .forEach(f -> assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------"));
            }
        }
    }

    @Test
    void aRegionDirectoryThatDoesNotExistYetIsCreatedPrivate() throws IOException {
        Path fresh = data.resolve("eu-west-1");
        try (SqliteKeyStore store = SqliteKeyStore.open(fresh.resolve("keys.db"))) {
            LocalMasterKey.open(fresh, store, RANDOM);
        }
        assertThat(mode(fresh)).isEqualTo("rwx------");
        assertThat(mode(fresh.resolve("keys.db"))).isEqualTo("rw-------");
    }

    @Test
    void filesOfAnEarlierVersionAreMadePrivate() throws IOException {
        byte[] original = regionWithKeys();
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));
        try (SqliteKeyStore store = SqliteKeyStore.open(database)) {
            assertThat(mode(database)).isEqualTo("rw-------");
            LocalMasterKey.open(region, store, RANDOM);
            assertThat(mode(region)).isEqualTo("rwx------");
        }
        assertThat(Files.readAllBytes(keyFile)).isEqualTo(original);
    }

    @Test
    void aRestartWithTheSameKeyOpensEveryKey() throws IOException {
        byte[] original = regionWithKeys();
        try (SqliteKeyStore store = SqliteKeyStore.open(database)) {
            MasterKeyProvider masterKey = LocalMasterKey.open(region, store, RANDOM);
            assertThat(masterKey.storageKey()).isEqualTo(SecretBytes.of(original));
            SealedFixtures.assertEveryKeyOpens(store, masterKey);
        }
        assertThat(Files.readAllBytes(keyFile)).isEqualTo(original);
    }

    /** What happens to master.key behind the service's back. */
    enum Damage {
        DELETED(Reason.MISSING),
        EMPTIED(Reason.DAMAGED),
        TRUNCATED_TO_31_BYTES(Reason.DAMAGED),
        REPLACED_BY_ANOTHER_KEY(Reason.DIFFERENT);

        final Reason reason;

        Damage(Reason reason) {
            this.reason = reason;
        }

        void apply(Path keyFile, byte[] original) throws IOException {
            switch (this) {
                case DELETED -> Files.delete(keyFile);
                case EMPTIED -> Files.write(keyFile, new byte[0]);
                case TRUNCATED_TO_31_BYTES -> Files.write(keyFile, java.util.Arrays.copyOf(original, 31));
                case REPLACED_BY_ANOTHER_KEY -> Files.write(keyFile, anotherKey());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aDamagedKeyIsRefusedWithNothingChangedAndTheRestoredOneOpensEveryKey(Damage damage) throws IOException {
        byte[] original = regionWithKeys();
        damage.apply(keyFile, original);
        Map<String, String> before = snapshot();

        MasterKeyUnavailableException refused = refusal();
        assertThat(refused.reason()).isEqualTo(damage.reason);
        assertThat(refused.getMessage()).isEqualTo(expectedMessage(damage));
        assertThat(snapshot()).isEqualTo(before);

        Files.write(keyFile, original);
        try (SqliteKeyStore store = SqliteKeyStore.open(database)) {
            SealedFixtures.assertEveryKeyOpens(store, LocalMasterKey.open(region, store, RANDOM));
        }
    }

    private String expectedMessage(Damage damage) {
        String remedy = ": restore master.key from your backup (or move the directory " + region
                + " away to start afresh).";
        return "The master key file " + keyFile + switch (damage) {
            case DELETED -> " is missing, but " + database + " holds keys sealed under it";
            case EMPTIED -> " is truncated or damaged (it holds 0 bytes, not 32)";
            case TRUNCATED_TO_31_BYTES -> " is truncated or damaged (it holds 31 bytes, not 32)";
            case REPLACED_BY_ANOTHER_KEY -> " does not hold the key that the keys in " + database
                    + " are sealed under";
        } + remedy;
    }

    @Test
    void theMessageOfAnotherKeyNamesNeitherKeyNorItsCheckValue() throws IOException {
        regionWithKeys();
        byte[] other = anotherKey();
        Files.write(keyFile, other);
        assertThat(refusal().getMessage()).doesNotContain(MasterKeyCheckValue.of(SecretBytes.of(other)))
                .doesNotContain(Hex.encode(other)).doesNotContain("\n");
    }

    @Test
    void aDatabaseOfAnEarlierVersionGainsTheCheckValueOfTheKeyThatOpensItsKeys() throws IOException {
        byte[] original = regionWithKeys();
        makeEarlierVersion();
        try (SqliteKeyStore store = SqliteKeyStore.open(database)) {
            assertThat(store.masterKeyCheckValue()).isEmpty();
            MasterKeyProvider masterKey = LocalMasterKey.open(region, store, RANDOM);
            assertThat(store.masterKeyCheckValue()).contains(MasterKeyCheckValue.of(SecretBytes.of(original)));
            SealedFixtures.assertEveryKeyOpens(store, masterKey);
        }
        assertThat(Files.readAllBytes(keyFile)).isEqualTo(original);
    }

    @Test
    void aDatabaseOfAnEarlierVersionRefusesAnotherKeyAndRecordsNothing() throws IOException {
        regionWithKeys();
        makeEarlierVersion();
        byte[] other = anotherKey();
        Files.write(keyFile, other);
        assertThat(refusal().reason()).isEqualTo(Reason.DIFFERENT);
        assertThat(recordedCheckValue()).isEmpty();
        assertThat(Files.readAllBytes(keyFile)).isEqualTo(other);
    }

    @Test
    void aDatabaseOfAnEarlierVersionWithoutItsKeyFileGetsNoNewOne() throws IOException {
        regionWithKeys();
        makeEarlierVersion();
        Files.delete(keyFile);
        assertThat(refusal().reason()).isEqualTo(Reason.MISSING);
        assertThat(recordedCheckValue()).isEmpty();
        assertThat(keyFile).doesNotExist();
    }

    @Test
    void aNewStoreAdoptsAKeyFileThatIsThere() throws IOException {
        byte[] existing = anotherKey();
        Files.write(keyFile, existing);
        try (SqliteKeyStore store = SqliteKeyStore.open(database)) {
            MasterKeyProvider masterKey = LocalMasterKey.open(region, store, RANDOM);
            assertThat(masterKey.storageKey()).isEqualTo(SecretBytes.of(existing));
            assertThat(store.masterKeyCheckValue()).contains(MasterKeyCheckValue.of(SecretBytes.of(existing)));
        }
        assertThat(Files.readAllBytes(keyFile)).isEqualTo(existing);
    }

    @Test
    void aNewStoreDoesNotReplaceAnEmptyKeyFile() throws IOException {
        Files.write(keyFile, new byte[0]);
        assertThat(refusal().reason()).isEqualTo(Reason.DAMAGED);
        assertThat(recordedCheckValue()).isEmpty();
        assertThat(keyFile).isEmptyFile();
    }

    @Test
    void aStoreWithARecordedCheckValueButNoKeysGetsNoNewKey() throws IOException {
        try (SqliteKeyStore store = SqliteKeyStore.open(database)) {
            LocalMasterKey.open(region, store, RANDOM);
        }
        Files.delete(keyFile);
        assertThat(refusal().getMessage()).contains(" is missing, but " + database + " was set up with one: ");
        assertThat(keyFile).doesNotExist();
    }

    @Test
    void aStoreOfAnEarlierVersionWithOnlyAnAliasGetsNoNewKey() throws IOException {
        try (SqliteKeyStore store = SqliteKeyStore.open(database)) {
            store.createAlias(new AliasRecord(SealedFixtures.ACCOUNT, "alias/issuing", null, 1));
        }
        makeEarlierVersion();
        assertThat(refusal().reason()).isEqualTo(Reason.MISSING);
        assertThat(keyFile).doesNotExist();
    }

    /** A Region as a first start and some requests leave it: keys and a sealed record; the key file's bytes. */
    private byte[] regionWithKeys() throws IOException {
        try (SqliteKeyStore store = SqliteKeyStore.open(database)) {
            SealedFixtures.storeKeys(store, LocalMasterKey.open(region, store, RANDOM));
        }
        return Files.readAllBytes(keyFile);
    }

    /** Opens the Region as the runtime does, expecting the master key to be refused. */
    private MasterKeyUnavailableException refusal() {
        try (SqliteKeyStore store = SqliteKeyStore.open(database)) {
            LocalMasterKey.open(region, store, RANDOM);
        } catch (MasterKeyUnavailableException refused) {
            return refused;
        }
        throw new AssertionError("The master key was admitted");
    }

    private Optional<String> recordedCheckValue() {
        try (SqliteKeyStore store = SqliteKeyStore.open(database)) {
            return store.masterKeyCheckValue();
        }
    }

    /** The database as an earlier version left it: the same keys, but no master_key table. */
    private void makeEarlierVersion() {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = raw.createStatement()) {
            statement.execute("DROP TABLE master_key");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file of the Region directory: its name, its mode and a digest of its bytes. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(region)) {
            for (Path file : listing.toList()) {
                files.put(file.getFileName().toString(), mode(file) + " " + digest(Files.readAllBytes(file)));
            }
        }
        return files;
    }

    private static String digest(byte[] bytes) {
        try {
            return Hex.encode(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String mode(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] anotherKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }
}
