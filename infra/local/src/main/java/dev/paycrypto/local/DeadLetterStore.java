package dev.paycrypto.local;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The local bus's dead letters (deployed: the rules' SQS dead-letter queues), kept in the embedded database so that
 * they survive a restart and cost no heap: at most {@code capacity} letters, the oldest evicted first when a new one
 * arrives. Each letter is filed under the Region and account of its event, and listed only to that account.
 */
public final class DeadLetterStore implements AutoCloseable {

    /** An event no attempt could deliver: the rule, the event as delivered, and the last failure's type. */
    public record DeadLetter(String rule, String region, String account, String envelope, String failure) {
    }

    private final Connection connection;
    private final int capacity;

    private DeadLetterStore(String url, int capacity) {
        this.capacity = capacity;
        try {
            connection = DriverManager.getConnection(url);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA busy_timeout=5000");
                statement.execute("CREATE TABLE IF NOT EXISTS dead_letters (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                        + "rule TEXT NOT NULL, region TEXT NOT NULL, account TEXT NOT NULL, failure TEXT NOT NULL, "
                        + "envelope TEXT NOT NULL)");
                statement.execute("CREATE INDEX IF NOT EXISTS dead_letters_by_account "
                        + "ON dead_letters (region, account, seq)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the dead-letter database", e);
        }
    }

    public static DeadLetterStore open(Path file, int capacity) {
        return new DeadLetterStore("jdbc:sqlite:" + file.toAbsolutePath(), capacity);
    }

    public static DeadLetterStore inMemory(int capacity) {
        return new DeadLetterStore("jdbc:sqlite::memory:", capacity);
    }

    /** Keeps a letter, evicting the oldest beyond the capacity, in one transaction. */
    public synchronized void add(DeadLetter letter) {
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO dead_letters "
                    + "(rule, region, account, failure, envelope) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement evict = connection.prepareStatement(
                         "DELETE FROM dead_letters WHERE seq <= (SELECT MAX(seq) FROM dead_letters) - ?")) {
                insert.setString(1, letter.rule());
                insert.setString(2, letter.region());
                insert.setString(3, letter.account());
                insert.setString(4, letter.failure());
                insert.setString(5, letter.envelope());
                insert.executeUpdate();
                evict.setInt(1, capacity);
                evict.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot keep a dead letter", e);
        }
    }

    /** The letters of one account in one Region, oldest first, at most {@code limit}. */
    public synchronized List<DeadLetter> list(String region, String account, int limit) {
        return query("SELECT rule, region, account, envelope, failure FROM dead_letters "
                + "WHERE region = ? AND account = ? ORDER BY seq LIMIT ?", region, account, limit);
    }

    /** Every letter, oldest first, at most {@code limit} (for the runtime's own tests and diagnostics). */
    public synchronized List<DeadLetter> all(int limit) {
        return query("SELECT rule, region, account, envelope, failure FROM dead_letters ORDER BY seq LIMIT ?",
                null, null, limit);
    }

    public synchronized int size() {
        try (Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM dead_letters")) {
            return count.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the dead letters", e);
        }
    }

    private List<DeadLetter> query(String sql, String region, String account, int limit) {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int index = 1;
            if (region != null) {
                select.setString(index++, region);
                select.setString(index++, account);
            }
            select.setInt(index, limit);
            List<DeadLetter> letters = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    letters.add(new DeadLetter(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5)));
                }
            }
            return letters;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the dead letters", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot close the dead-letter database", e);
        }
    }
}
