package dev.paycrypto.local.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.app.events.AuditStore;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.json.JsonCodec;
import dev.paycrypto.keys.store.StoreUnavailableException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit store of the local runtime: one SQLite table, the event id its primary key, written by one writer
 * thread that commits records in groups. {@link #append} only queues the record; the writer takes whatever has
 * queued since its last commit (up to {@link #MAX_BATCH}) and stores it in one transaction, so that a burst of
 * calls costs one durable commit (one fsync: {@code synchronous=FULL}), not one per call, and the caller never
 * waits for the disk. A record is durable within one commit of being queued — milliseconds, unless the disk
 * stalls; {@link #flush} waits for that. The queue is bounded: when the disk falls that far behind, appending
 * waits for room rather than dropping a record.
 */
public final class SqliteAuditStore implements AuditStore, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteAuditStore.class);
    static final int MAX_BATCH = 1024;
    /** Small enough that a full queue drains in well under 100 ms: the bound on how far the disk may lag the calls. */
    private static final int QUEUE_CAPACITY = 2048;
    private static final Duration RETRY_PAUSE = Duration.ofMillis(100);

    private final SqliteDatabase database;
    /** A record waiting for its commit, already written as JSON (by the appending thread, not the writer). */
    private record Pending(Event event, String json) {
    }

    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final Thread writer;
    /** Records appended so far; the writer's progress is {@link #committed}, which {@link #flush} waits on. */
    private final AtomicLong queued = new AtomicLong();
    private final Object progress = new Object();
    private long committed;
    /** The order of the next record; only the constructor and then the writer thread touch it. */
    private long nextSeq;
    private volatile boolean closing;

    private SqliteAuditStore(SqliteDatabase database, String name) {
        this.database = database;
        // the event-id index takes random keys: a page cache that holds it, and checkpoints of more pages at once,
        // roughly double the records a second one writer stores (measured: 23k -> 44k)
        database.execute("PRAGMA synchronous=FULL", "PRAGMA cache_size=-32000", "PRAGMA wal_autocheckpoint=4096",
                "CREATE TABLE IF NOT EXISTS audit (event_id TEXT PRIMARY KEY, account TEXT NOT NULL, "
                        + "event_time TEXT NOT NULL, seq INTEGER NOT NULL, record TEXT NOT NULL)",
                "CREATE INDEX IF NOT EXISTS audit_by_account ON audit (account, seq)");
        nextSeq = database.queryFirst("SELECT COALESCE(MAX(seq), 0) FROM audit", SqlRow::number).orElse(0L) + 1;
        writer = new Thread(this::writeBatches, "paycrypto-audit-" + name);
        writer.setDaemon(true);
        writer.start();
    }

    /** A store in a database file, created if absent with mode 0600, as the key database is. */
    public static SqliteAuditStore open(Path file) {
        return new SqliteAuditStore(SqliteDatabase.open(file), file.getParent() == null ? "audit"
                : file.getParent().getFileName().toString());
    }

    public static SqliteAuditStore inMemory() {
        return new SqliteAuditStore(SqliteDatabase.inMemory("the in-memory audit database"), "memory");
    }

    /** Queues the record for the next group commit; waits only if the writer is a whole queue behind. */
    @Override
    public void append(Event apiCall) {
        if (closing) {
            throw new IllegalStateException("The audit store is closed");
        }
        Pending pending = new Pending(apiCall, JsonCodec.write(apiCall.detail()));
        queued.incrementAndGet();
        try {
            queue.put(pending);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            queued.decrementAndGet();
            throw new IllegalStateException("Interrupted while queueing an audit record", e);
        }
    }

    /** Waits until every record appended before this call is committed. */
    @Override
    public void flush() {
        long target = queued.get();
        synchronized (progress) {
            while (committed < target) {
                try {
                    progress.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while flushing the audit store", e);
                }
            }
        }
    }

    @Override
    public List<JsonNode> list(String account, int limit) {
        return database.query("SELECT record FROM audit WHERE account = ? ORDER BY seq LIMIT ?",
                p -> p.text(account).number(limit), row -> JsonCodec.parse(row.text()));
    }

    /** The writer thread: take what has queued, commit it as one transaction, repeat; a failed commit is retried. */
    private void writeBatches() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (true) {
            try {
                if (batch.isEmpty()) {
                    Pending first = queue.poll(50, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        if (closing) {
                            return;
                        }
                        continue;
                    }
                    batch.add(first);
                    queue.drainTo(batch, MAX_BATCH - 1);
                }
                commit(batch);
                batch.clear();
            } catch (InterruptedException e) {
                if (closing && queue.isEmpty() && batch.isEmpty()) {
                    return;
                }
            } catch (StoreUnavailableException e) {
                // the records stay in hand and are tried again: an audit record is never dropped
                LOG.warn("audit commit of {} record(s) failed ({}); retrying", batch.size(),
                        e.getCause().getClass().getSimpleName());
                try {
                    Thread.sleep(RETRY_PAUSE.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private void commit(List<Pending> batch) {
        database.inTransaction(() -> {
            for (int i = 0; i < batch.size(); i++) {
                Pending pending = batch.get(i);
                Event record = pending.event();
                long seq = nextSeq + i;
                database.update("INSERT OR IGNORE INTO audit (event_id, account, event_time, seq, record) "
                        + "VALUES (?, ?, ?, ?, ?)", p -> p.text(record.id()).text(record.account())
                        .text(record.time().toString()).number(seq).text(pending.json()));
            }
        });
        nextSeq += batch.size();
        synchronized (progress) {
            committed += batch.size();
            progress.notifyAll();
        }
    }

    /** Commits what is queued, then closes the database. */
    @Override
    public void close() {
        flush();
        closing = true;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        database.close();
    }
}
