package dev.paycrypto.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.paycrypto.keys.FileMasterKeyProvider;
import dev.paycrypto.keys.InMemoryMasterKeyProvider;
import dev.paycrypto.keys.KeyMaterialSealer;
import dev.paycrypto.keys.MasterKeyProvider;
import dev.paycrypto.keys.store.sqlite.SqliteKeyStore;
import dev.paycrypto.service.runtime.OperationMetrics;
import dev.paycrypto.service.runtime.Services;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates the template's functions for the local runtime, each over the embedded services of its region: an
 * SQLite key database and a master key file in {@code <data-dir>/<region>/} (or both in memory), so that regions
 * are as separate as they are deployed.
 */
public final class LocalFunctionFactory implements FunctionFactory, AutoCloseable {

    private final RuntimeOptions options;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Services> services = new ConcurrentHashMap<>();
    private final Map<String, SqliteKeyStore> stores = new ConcurrentHashMap<>();

    public LocalFunctionFactory(RuntimeOptions options) {
        this.options = options;
    }

    /** The services of one region, created on first use. */
    public Services services(String region) {
        return services.computeIfAbsent(region, this::createServices);
    }

    @Override
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

    private Services createServices(String region) {
        SqliteKeyStore store;
        MasterKeyProvider masterKey;
        if (options.dataDirectory() == null) {
            store = SqliteKeyStore.inMemory();
            masterKey = new InMemoryMasterKeyProvider(random);
        } else {
            Path directory = options.dataDirectory().resolve(region);
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data directory " + directory, e);
            }
            store = SqliteKeyStore.open(directory.resolve("keys.db"));
            masterKey = new FileMasterKeyProvider(directory.resolve("master.key"), random);
        }
        stores.put(region, store);
        return new Services(region, store, new KeyMaterialSealer(masterKey, random), options.clock(), random,
                OperationMetrics.NONE);
    }

    @Override
    public void close() {
        stores.values().forEach(SqliteKeyStore::close);
    }
}
