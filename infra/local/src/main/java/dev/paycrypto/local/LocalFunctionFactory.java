package dev.paycrypto.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.keys.InMemoryMasterKeyProvider;
import dev.paycrypto.keys.KeyMaterialSealer;
import dev.paycrypto.keys.LocalMasterKey;
import dev.paycrypto.keys.MasterKeyProvider;
import dev.paycrypto.app.events.UniqueIds;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.json.JsonCodec;
import dev.paycrypto.local.store.SqliteAuditStore;
import dev.paycrypto.local.store.SqliteKeyStore;
import dev.paycrypto.service.runtime.OperationMetrics;
import dev.paycrypto.service.runtime.Services;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the template's functions for the local runtime, each over the embedded services of its region: an
 * SQLite key database, a master key file and an SQLite audit database in {@code <data-dir>/<region>/} (or all in
 * memory), so that regions are as separate as they are deployed; and one in-process event bus whose rules, read
 * from the template, deliver to the worker functions, with its dead letters in {@code <data-dir>/dead-letters.db}.
 * The served Regions are a closed set: their services are all opened here, at start, and no other Region's ever
 * is — a Region name never becomes a path unless it is one the operator configured.
 */
public final class LocalFunctionFactory implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalFunctionFactory.class);

    private final RuntimeOptions options;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Services> services;
    private final Map<String, SqliteKeyStore> stores = new ConcurrentHashMap<>();
    private final Map<String, SqliteAuditStore> auditStores = new ConcurrentHashMap<>();
    private final Map<String, RequestStreamHandler> workers = new ConcurrentHashMap<>();
    private final List<FunctionDefinition> functions;
    private final DeadLetterStore deadLetters;
    private final LocalEventBus bus;
    private final LocalScheduler scheduler;
    private final ScheduledExecutorService ticker;

    public LocalFunctionFactory(RuntimeOptions options) {
        this.options = options;
        JsonNode template = TemplateReader.read(options.template());
        this.functions = TemplateReader.functions(template);
        this.deadLetters = options.dataDirectory() == null ? DeadLetterStore.inMemory(options.maxDeadLetters())
                : DeadLetterStore.open(dataDirectory(options.dataDirectory()).resolve("dead-letters.db"),
                options.maxDeadLetters());
        this.bus = new LocalEventBus(functions, this::worker, deadLetters);
        this.scheduler = new LocalScheduler(options.clock(), bus);
        Map<String, Services> opened = new LinkedHashMap<>();
        try {
            for (String region : options.regions()) {
                opened.put(region, createServices(region));
            }
        } catch (RuntimeException refused) {
            closeStores();
            throw refused;
        }
        this.services = Map.copyOf(opened);
        for (TemplateReader.ScheduledRule rule : TemplateReader.scheduledRules(template)) {
            if (rule.enabled()) {
                scheduler.every(rule.name(), rule.period(), () -> scheduledEvents(rule));
            }
        }
        this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "paycrypto-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(this::fireDueSchedules, 0, 1, TimeUnit.SECONDS);
    }

    /**
     * The events a rate-scheduled rule of the template publishes: as deployed, where each Region's stack has the
     * rule, one per Region served, and one per account (its scheduled event names the stack's account).
     */
    private List<Event> scheduledEvents(TemplateReader.ScheduledRule rule) {
        List<Event> events = new ArrayList<>();
        for (String region : options.regions()) {
            for (String account : options.credentials().accounts()) {
                String input = rule.inputTemplate()
                        .replace("<id>", quoted(UniqueIds.uuid()))
                        .replace("<account>", quoted(account))
                        .replace("<time>", quoted(options.clock().instant().toString()))
                        .replace("<region>", quoted(region));
                events.add(Event.fromEnvelope(JsonCodec.parse(input)));
            }
        }
        return events;
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }

    /** The in-process event bus all regions publish to. */
    public LocalEventBus bus() {
        return bus;
    }

    /** The one-time schedules of all regions, fired on the runtime's clock. */
    public LocalScheduler scheduler() {
        return scheduler;
    }

    private void fireDueSchedules() {
        try {
            scheduler.runDue();
        } catch (RuntimeException e) {
            // the ticker keeps going; the next tick retries what is still due
            LOG.warn("firing due schedules failed ({})", e.getClass().getSimpleName());
        }
    }

    /**
     * The services of a served Region.
     *
     * @throws IllegalArgumentException for a Region that is not served
     */
    public Services services(String region) {
        Services served = services.get(region);
        if (served == null) {
            throw new IllegalArgumentException("Region " + region + " is not served");
        }
        return served;
    }

    /** The template's functions (read once, at start). */
    public List<FunctionDefinition> functions() {
        return functions;
    }

    /** The served Regions, fixed at start. */
    public List<String> regions() {
        return options.regions();
    }

    /** The handler of an API function of the template for a served Region (one per function and Region). */
    @SuppressWarnings("unchecked")
    public RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> create(FunctionDefinition function,
                                                                                              String region) {
        try {
            Class<?> type = Class.forName(function.handlerClass());
            return (RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>) type
                    .getConstructor(Services.class).newInstance(services(region));
        } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException("Cannot create the handler of " + function.logicalId() + " ("
                    + function.handlerClass() + ")", e);
        }
    }

    /** The handler of a worker function (a target of the template's rules) for a region, created on first use. */
    private RequestStreamHandler worker(FunctionDefinition function, String region) {
        return workers.computeIfAbsent(function.logicalId() + "@" + region, k -> {
            try {
                return (RequestStreamHandler) Class.forName(function.handlerClass()).getConstructor(Services.class)
                        .newInstance(services(region));
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("Cannot create the worker " + function.logicalId() + " ("
                        + function.handlerClass() + ")", e);
            }
        });
    }

    private Services createServices(String region) {
        SqliteKeyStore store;
        MasterKeyProvider masterKey;
        SqliteAuditStore audit;
        if (options.dataDirectory() == null) {
            store = SqliteKeyStore.inMemory();
            masterKey = new InMemoryMasterKeyProvider(random);
            audit = SqliteAuditStore.inMemory();
        } else {
            Path directory = dataDirectory(options.dataDirectory()).resolve(region);
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new DataDirectoryException("cannot create the data directory " + directory
                        + " (" + reason(e) + ")", e);
            }
            store = SqliteKeyStore.open(directory.resolve("keys.db"));
            try {
                // made only with a new store; a missing, damaged or different key stops the start (one clear line)
                masterKey = LocalMasterKey.open(directory, store, random);
            } catch (RuntimeException refused) {
                store.close();
                throw refused;
            }
            audit = SqliteAuditStore.open(directory.resolve("audit.db"));
        }
        stores.put(region, store);
        auditStores.put(region, audit);
        return new Services(region, store, new KeyMaterialSealer(masterKey, random), options.clock(), random,
                OperationMetrics.NONE, bus, audit, scheduler, other -> Optional.ofNullable(services.get(other)));
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e instanceof java.nio.file.FileSystemException failure && failure.getReason() != null
                ? failure.getReason().toLowerCase(java.util.Locale.ROOT) : e.getClass().getSimpleName();
    }

    /** The data directory, created readable by its owner only (0700) if new. */
    private static Path dataDirectory(Path directory) {
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            }
            return directory;
        } catch (IOException e) {
            throw new DataDirectoryException("cannot create the data directory " + directory
                    + " (" + reason(e) + ")", e);
        }
    }

    /**
     * Waits until the bus has delivered every event published so far (and the events its workers published in
     * turn) and every audit record is committed: what tests do before they look at what the workers did.
     */
    public void settle(Duration timeout) {
        try {
            bus.awaitQuiescence(timeout);
        } catch (TimeoutException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while settling", e);
        }
        auditStores.values().forEach(SqliteAuditStore::flush);
    }

    /** Stops the schedules, delivers what the bus holds, commits the audit and closes the databases. */
    @Override
    public void close() {
        ticker.shutdownNow();
        closeStores();
    }

    private void closeStores() {
        bus.close();
        auditStores.values().forEach(SqliteAuditStore::close);
        stores.values().forEach(SqliteKeyStore::close);
        deadLetters.close();
    }
}
