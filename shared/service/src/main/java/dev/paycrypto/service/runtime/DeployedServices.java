package dev.paycrypto.service.runtime;

import dev.paycrypto.keys.KeyMaterialSealer;
import dev.paycrypto.keys.MasterKeyProvider;
import dev.paycrypto.aws.DynamoDbKeyStore;
import dev.paycrypto.aws.KmsMasterKeyProvider;
import dev.paycrypto.aws.DynamoDbAuditStore;
import dev.paycrypto.aws.EventBridgeBus;
import dev.paycrypto.aws.EventBridgeEventScheduler;
import java.security.SecureRandom;
import java.time.Clock;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.scheduler.SchedulerClient;

/**
 * The services of a deployed function, built once per process from its environment: {@code AWS_REGION},
 * {@code KEY_TABLE_NAME} (the DynamoDB key table), {@code MASTER_KEY_ID} (the KMS key protecting the storage
 * KBPK), {@code EVENT_BUS_NAME} and {@code EVENT_BUS_ARN} (the EventBridge bus) and {@code SCHEDULER_ROLE_ARN} (the
 * role EventBridge Scheduler assumes to publish scheduled events on it); optionally {@code REPLICA_REGIONS}, the
 * other Regions' key tables and KMS keys (see {@link DeployedRegions}), and {@code MASTER_DATA_KEY_CREATOR=true} on
 * the functions that may create the Region's storage key when none is stored yet (the others only decrypt it: see
 * {@link KmsMasterKeyProvider}). SDK clients use the light URL-connection HTTP client and the region given, to keep cold starts short.
 */
public final class DeployedServices {

    private DeployedServices() {
    }

    private static final class Holder {
        static final Services SERVICES = build();
    }

    public static Services get() {
        return Holder.SERVICES;
    }

    /** The clients of another Region, for replication. */
    private static final DeployedRegions.Clients REGION_CLIENTS = new DeployedRegions.Clients() {
        @Override
        public DynamoDbClient dynamo(String region) {
            return DynamoDbClient.builder().region(Region.of(region))
                    .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        }

        @Override
        public KmsClient kms(String region) {
            return KmsClient.builder().region(Region.of(region)).httpClientBuilder(UrlConnectionHttpClient.builder())
                    .build();
        }
    };

    private static Services build() {
        String regionName = required("AWS_REGION");
        Region region = Region.of(regionName);
        DynamoDbClient dynamo = DynamoDbClient.builder().region(region)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        KmsClient kms = KmsClient.builder().region(region).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        String table = required("KEY_TABLE_NAME");
        DynamoDbKeyStore store = new DynamoDbKeyStore(dynamo, table);
        SecureRandom random = new SecureRandom();
        MasterKeyProvider masterKey = "true".equals(System.getenv("MASTER_DATA_KEY_CREATOR"))
                ? new KmsMasterKeyProvider(kms, required("MASTER_KEY_ID"), store.masterKeyRepository())
                : KmsMasterKeyProvider.decryptOnly(kms, required("MASTER_KEY_ID"), store.masterKeyRepository());
        EventBridgeClient eventBridge = EventBridgeClient.builder().region(region)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        return new Services(regionName, store, new KeyMaterialSealer(masterKey, random), Clock.systemUTC(), random,
                new PowertoolsOperationMetrics(), new EventBridgeBus(eventBridge, required("EVENT_BUS_NAME")),
                new DynamoDbAuditStore(dynamo, table), new EventBridgeEventScheduler(SchedulerClient.builder()
                        .region(region).httpClientBuilder(UrlConnectionHttpClient.builder()).build(),
                        required("EVENT_BUS_ARN"), required("SCHEDULER_ROLE_ARN")),
                new DeployedRegions(DeployedRegions.parse(System.getenv("REPLICA_REGIONS")), REGION_CLIENTS, random));
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Environment variable " + name + " is not set");
        }
        return value;
    }
}
