package dev.paycrypto.deployed.stack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.deployed.SamBuild;
import dev.paycrypto.deployed.apigateway.ApiGatewayEmulator;
import dev.paycrypto.deployed.apigateway.IamUser;
import dev.paycrypto.deployed.apigateway.SamTranslatedTemplate;
import dev.paycrypto.deployed.lambda.FunctionProcess;
import dev.paycrypto.deployed.lambda.InvocationResult;
import dev.paycrypto.local.FunctionDefinition;
import dev.paycrypto.local.TemplateReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * PayCrypto as {@code sam build && sam deploy} would run it, on this machine: the artifacts of the SAM build
 * contract ({@link SamBuild}); each function in its own JVM under the AWS Lambda runtime interface client, started
 * on its first invocation ({@link FunctionProcess}); the API Gateway the SAM-translated template declares in front
 * ({@link ApiGatewayEmulator}: stage, routes, IAM auth for {@code execute-api}, the proxy event's identity); DynamoDB
 * Local and moto_server behind ({@link BackingServices}); and the template's bus rules relayed to the workers
 * ({@link BusRelay}). One stack serves every test class of a run; it stops when the JVM does.
 */
public final class DeployedStack implements AutoCloseable {

    public static final String ACCOUNT = BackingServices.ACCOUNT;
    private static final String LAYER = "SharedLayer";
    private static final IamUser USER = IamUser.named("payments-engineer", ACCOUNT, "AIDAPAYCRYPTOTESTUSER",
            "AKIAPAYCRYPTOTEST", "deployed-stack-test-secret");
    private static DeployedStack shared;

    private final SamBuild.Artifacts artifacts;
    private final JsonNode template;
    private final BackingServices services;
    private final Map<String, FunctionProcess> functions;
    private final BusRelay relay;
    private final ApiGatewayEmulator gateway;
    private final Path logs;

    private DeployedStack(SamBuild.Artifacts artifacts, JsonNode template, BackingServices services,
                          Map<String, FunctionProcess> functions, BusRelay relay,
                          ApiGatewayEmulator gateway, Path logs) {
        this.artifacts = artifacts;
        this.template = template;
        this.services = services;
        this.functions = functions;
        this.relay = relay;
        this.gateway = gateway;
        this.logs = logs;
    }

    /** The run's stack, started on first use. */
    public static synchronized DeployedStack shared() {
        if (shared == null) {
            try {
                shared = start(Region.US_EAST_1);
            } catch (Exception e) {
                throw new IllegalStateException("The deployed stack did not start", e);
            }
            DeployedStack started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "deployed-stack-stop"));
        }
        return shared;
    }

    private static DeployedStack start(Region region) throws Exception {
        Path repo = SamTranslatedTemplate.repoRoot();
        SamBuild.Artifacts artifacts = SamBuild.ofCheckout();
        JsonNode template = TemplateReader.read(repo.resolve("template.yaml"));
        JsonNode translated = SamTranslatedTemplate.load(repo, region.id());
        Path logs = repo.resolve("infra/deployed/target/stack-logs");
        SamBuild.deleteTree(logs);
        Files.createDirectories(logs);
        BackingServices services = BackingServices.start(template, "paycrypto", region, logs);
        List<FunctionDefinition> definitions = TemplateReader.functions(template);
        Map<String, FunctionProcess> functions = new LinkedHashMap<>();
        for (FunctionDefinition definition : definitions) {
            String id = definition.logicalId();
            functions.put(id, environment(artifacts, template, services, id, logs));
        }
        BusRelay relay = new BusRelay(services, definitions, (id, event) -> invoke(functions, id, event));
        ApiGatewayEmulator gateway = ApiGatewayEmulator.start(translated, IamUser.byAccessKey(USER), ACCOUNT,
                (id, event) -> invoke(functions, id, event));
        return new DeployedStack(artifacts, template, services, functions, relay, gateway, logs);
    }

    private static FunctionProcess environment(SamBuild.Artifacts artifacts, JsonNode template,
                                               BackingServices services, String id, Path logs) {
        return FunctionProcess.builder(id, artifacts.handlers().get(id), artifacts.function(id),
                        artifacts.layer(LAYER))
                .environment(FunctionEnvironment.of(template, id, services))
                .timeout(Duration.ofSeconds(template.path("Globals").path("Function").path("Timeout").asInt(20)))
                .region(services.region().id())
                .accountId(ACCOUNT)
                .logDirectory(logs)
                .build();
    }

    /**
     * A new execution environment of a function, not started, configured as the stack's own (for cold-start
     * measurements: its first invocation launches a JVM). The caller closes it.
     */
    public FunctionProcess newEnvironment(String logicalId) {
        return environment(artifacts, template, services, logicalId, logs.resolve("extra"));
    }

    private static String invoke(Map<String, FunctionProcess> functions, String logicalId, String payload) {
        FunctionProcess function = functions.get(logicalId);
        if (function == null) {
            throw new IllegalArgumentException("No function " + logicalId);
        }
        InvocationResult result = function.invoke(payload, Duration.ofSeconds(60));
        if (!result.succeeded()) {
            throw new IllegalStateException(logicalId + " failed: " + result);
        }
        return result.body();
    }

    /** The stack's API endpoint, stage included: the {@code ApiEndpoint} output of a deployed stack. */
    public URI endpoint() {
        return gateway.endpoint();
    }

    public Region region() {
        return services.region();
    }

    /** The IAM user the tests call as. */
    public AwsCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(USER.accessKeyId(),
                USER.secretAccessKey()));
    }

    public String userArn() {
        return USER.userArn();
    }

    public BackingServices services() {
        return services;
    }

    public BusRelay relay() {
        return relay;
    }

    public FunctionProcess function(String logicalId) {
        return functions.get(logicalId);
    }

    /** Where each function's output, moto's and the build's logs are. */
    public Path logs() {
        return logs;
    }

    @Override
    public synchronized void close() {
        try {
            gateway.close();
            relay.close();
        } catch (Exception e) {
            // stopping: the processes below must still end
        }
        functions.values().parallelStream().forEach(FunctionProcess::close);
        try {
            services.close();
        } catch (Exception e) {
            // stopping
        }
    }
}
