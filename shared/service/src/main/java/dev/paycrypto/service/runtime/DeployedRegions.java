package dev.paycrypto.service.runtime;

import dev.paycrypto.keys.KeyMaterialSealer;
import dev.paycrypto.aws.DynamoDbKeyStore;
import dev.paycrypto.aws.KmsMasterKeyProvider;
import dev.paycrypto.aws.DynamoDbAuditStore;
import dev.paycrypto.app.events.EventBus;
import dev.paycrypto.app.events.EventScheduler;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * The other Regions of a multi-Region deployment (one stack per Region), as the replication worker reaches them:
 * each Region's key table and the KMS key protecting its storage key, named in {@code REPLICA_REGIONS} as
 * {@code region|table|kmsKeyId} entries separated by commas. A Region not named there is not reachable, and a
 * replication to it is recorded as FAILED. Only the key store and the sealer of such a Region are used.
 */
public final class DeployedRegions implements Regions {

    /** Where one Region keeps its keys. */
    public record Target(String table, String kmsKeyId) {
    }

    /** Builds the SDK clients of a Region (the deployed runtime's light HTTP client; tests point them elsewhere). */
    public interface Clients {
        DynamoDbClient dynamo(String region);

        KmsClient kms(String region);
    }

    private final Map<String, Target> targets;
    private final Clients clients;
    private final SecureRandom random;
    private final Map<String, Services> built = new ConcurrentHashMap<>();

    public DeployedRegions(Map<String, Target> targets, Clients clients, SecureRandom random) {
        this.targets = Map.copyOf(targets);
        this.clients = clients;
        this.random = random;
    }

    /** Parses {@code region|table|kmsKeyId,...}; blank means no other Region. */
    public static Map<String, Target> parse(String configuration) {
        Map<String, Target> targets = new LinkedHashMap<>();
        if (configuration == null || configuration.isBlank()) {
            return targets;
        }
        for (String entry : configuration.split(",")) {
            String[] parts = entry.trim().split("\\|");
            if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
                throw new IllegalArgumentException("REPLICA_REGIONS entries are region|table|kmsKeyId, not '"
                        + entry.trim() + "'");
            }
            targets.put(parts[0], new Target(parts[1], parts[2]));
        }
        return targets;
    }

    @Override
    public Optional<Services> of(String region) {
        Target target = targets.get(region);
        if (target == null) {
            return Optional.empty();
        }
        return Optional.of(built.computeIfAbsent(region, r -> build(r, target)));
    }

    private Services build(String region, Target target) {
        DynamoDbClient dynamo = clients.dynamo(region);
        DynamoDbKeyStore store = new DynamoDbKeyStore(dynamo, target.table());
        KmsMasterKeyProvider masterKey = new KmsMasterKeyProvider(clients.kms(region), target.kmsKeyId(),
                store.masterKeyRepository());
        return new Services(region, store, new KeyMaterialSealer(masterKey, random), Clock.systemUTC(), random,
                OperationMetrics.NONE, EventBus.NONE, new DynamoDbAuditStore(dynamo, target.table()),
                EventScheduler.NONE, Regions.NONE);
    }
}
