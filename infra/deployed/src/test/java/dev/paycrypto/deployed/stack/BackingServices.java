package dev.paycrypto.deployed.stack;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * What the stack's functions talk to, real and local: DynamoDB Local (test scope) serving the key table as the
 * template declares it (key schema and attributes read from {@code KeyTable}), and moto_server for the KMS master
 * key, the EventBridge bus and EventBridge Scheduler. The template's references these resources resolve to
 * ({@code !Ref KeyTable}, {@code !GetAtt EventBus.Arn}, ...) are in {@link #references()}.
 */
public final class BackingServices implements AutoCloseable {

    public static final String ACCESS_KEY = "test";
    public static final String SECRET_KEY = "test";

    private final DynamoDBProxyServer dynamoServer;
    private final URI dynamoEndpoint;
    private final MotoServer moto;
    private final Region region;
    private final String tableName;
    private final String kmsKeyId;
    private final String busName;
    private final String busArn;
    private final String schedulerRoleArn;
    private final List<AutoCloseable> clients = new ArrayList<>();
    private final DynamoDbClient dynamo;
    private final KmsClient kms;
    private final EventBridgeClient eventBridge;
    private final SchedulerClient scheduler;
    private final SqsClient sqs;

    private BackingServices(DynamoDBProxyServer dynamoServer, URI dynamoEndpoint, MotoServer moto, Region region,
                            JsonNode template, String stackName) {
        this.dynamoServer = dynamoServer;
        this.dynamoEndpoint = dynamoEndpoint;
        this.moto = moto;
        this.region = region;
        this.dynamo = client(DynamoDbClient.builder(), dynamoEndpoint);
        this.kms = client(KmsClient.builder(), moto.endpoint());
        this.eventBridge = client(EventBridgeClient.builder(), moto.endpoint());
        this.scheduler = client(SchedulerClient.builder(), moto.endpoint());
        this.sqs = client(SqsClient.builder(), moto.endpoint());
        this.tableName = stackName + "-KeyTable-LOCAL";
        createTable(template.path("Resources").path("KeyTable").path("Properties"));
        this.kmsKeyId = kms().createKey(r -> r.description(stackName + " master key")).keyMetadata().keyId();
        kms().createAlias(r -> r.aliasName("alias/" + stackName + "-master").targetKeyId(kmsKeyId));
        this.busName = stackName + "-bus";
        this.busArn = eventBridge().createEventBus(r -> r.name(busName)).eventBusArn();
        this.schedulerRoleArn = "arn:aws:iam::" + ACCOUNT + ":role/" + stackName + "-SchedulerRole";
    }

    /** The account the stack is deployed in (the API's owner). */
    public static final String ACCOUNT = "111122223333";

    public static BackingServices start(JsonNode template, String stackName, Region region, Path logs)
            throws Exception {
        int dynamoPort = MotoServer.freePort();
        DynamoDBProxyServer dynamo = ServerRunner.createServerFromCommandLineArgs(
                new String[] {"-inMemory", "-port", String.valueOf(dynamoPort), "-disableTelemetry"});
        dynamo.start();
        MotoServer moto;
        try {
            moto = MotoServer.start(logs.resolve("moto.log"), ACCOUNT);
        } catch (Exception e) {
            dynamo.stop();
            throw e;
        }
        return new BackingServices(dynamo, URI.create("http://127.0.0.1:" + dynamoPort), moto, region, template,
                stackName);
    }

    private void createTable(JsonNode properties) {
        List<KeySchemaElement> keys = new ArrayList<>();
        properties.path("KeySchema").forEach(key -> keys.add(KeySchemaElement.builder()
                .attributeName(key.path("AttributeName").asText()).keyType(key.path("KeyType").asText()).build()));
        List<AttributeDefinition> attributes = new ArrayList<>();
        properties.path("AttributeDefinitions").forEach(attribute -> attributes.add(AttributeDefinition.builder()
                .attributeName(attribute.path("AttributeName").asText())
                .attributeType(attribute.path("AttributeType").asText()).build()));
        dynamo().createTable(r -> r.tableName(tableName).keySchema(keys).attributeDefinitions(attributes)
                .billingMode(BillingMode.fromValue(properties.path("BillingMode").asText())));
    }

    /** The values the template's {@code !Ref} and {@code !GetAtt} of these resources take. */
    public Map<String, String> references() {
        return Map.of("KeyTable", tableName, "MasterKey", kmsKeyId, "EventBus", busName, "EventBus.Arn", busArn,
                "SchedulerRole.Arn", schedulerRoleArn);
    }

    /** The environment that points a function's SDK clients here (the SDK's service-specific endpoint variables). */
    public Map<String, String> endpointEnvironment() {
        String motoUrl = moto.endpoint().toString();
        return Map.of("AWS_ENDPOINT_URL_DYNAMODB", dynamoEndpoint.toString(),
                "AWS_ENDPOINT_URL_KMS", motoUrl,
                "AWS_ENDPOINT_URL_EVENTBRIDGE", motoUrl,
                "AWS_ENDPOINT_URL_SCHEDULER", motoUrl,
                "AWS_ACCESS_KEY_ID", ACCESS_KEY,
                "AWS_SECRET_ACCESS_KEY", SECRET_KEY,
                "AWS_SESSION_TOKEN", "local-session");
    }

    public Region region() {
        return region;
    }

    public String tableName() {
        return tableName;
    }

    public String busName() {
        return busName;
    }

    public DynamoDbClient dynamo() {
        return dynamo;
    }

    public KmsClient kms() {
        return kms;
    }

    public EventBridgeClient eventBridge() {
        return eventBridge;
    }

    public SchedulerClient scheduler() {
        return scheduler;
    }

    public SqsClient sqs() {
        return sqs;
    }

    private <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C extends AutoCloseable> C client(
            B builder, URI endpoint) {
        C client = builder.endpointOverride(endpoint).region(region)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY,
                        SECRET_KEY)))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        clients.add(client);
        return client;
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable client : clients) {
            client.close();
        }
        moto.close();
        dynamoServer.stop();
    }
}
