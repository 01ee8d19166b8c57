package dev.paycrypto.local.store;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The rows of one table that a repository served, kept in memory so that a request's key and alias lookups do not
 * reach the database: the store is its database's only writer, so a row stays what it was until the store itself
 * writes it. A read that misses and a write take the database's lock around the statement and the cache together,
 * so a row read before a write is never cached after it. Past {@link #MAX_CACHED} rows the cache starts over.
 */
final class RowCache<T> {

    /** How many rows are kept in memory; past that the cache starts over. */
    static final int MAX_CACHED = 4096;

    private final SqliteDatabase database;
    private final Map<String, T> rows = new ConcurrentHashMap<>();

    RowCache(SqliteDatabase database) {
        this.database = database;
    }

    /** The row of {@code account}/{@code id}, from memory, else from {@code read} (then remembered). */
    Optional<T> find(String account, String id, Supplier<Optional<T>> read) {
        T cached = rows.get(key(account, id));
        if (cached != null) {
            return Optional.of(cached);
        }
        return database.atomically(() -> {
            Optional<T> row = read.get();
            row.ifPresent(value -> remember(key(account, id), value));
            return row;
        });
    }

    /** Runs a write of the row of {@code account}/{@code id}, forgetting what memory held of it first. */
    void write(String account, String id, Runnable write) {
        database.atomically(() -> {
            rows.remove(key(account, id));
            write.run();
            return null;
        });
    }

    /** Runs a delete of the row of {@code account}/{@code id}, forgetting it first; true if the row was there. */
    boolean delete(String account, String id, BooleanSupplier delete) {
        return database.atomically(() -> {
            rows.remove(key(account, id));
            return delete.getAsBoolean();
        });
    }

    /** Forgets every row, so that the next reads go to the database (after it was changed behind the store). */
    void forget() {
        database.atomically(() -> {
            rows.clear();
            return null;
        });
    }

    private void remember(String key, T value) {
        if (rows.size() >= MAX_CACHED) {
            rows.clear();
        }
        rows.put(key, value);
    }

    private static String key(String account, String id) {
        return account + '/' + id;
    }
}
