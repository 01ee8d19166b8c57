package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a deployment of template.yaml would create, read from the CloudFormation template the SAM translator makes of
 * it (infra/tools/sam-translate.py, the translator cfn-lint uses, offline): the key material outlives the stack,
 * every function role holds exactly the grants its code uses, the bus refuses internal events from anyone else,
 * the API is throttled and access-logged, every function logs with a retention, workers have reserved concurrency,
 * every dead-letter queue alarms, and lost audit events alarm.
 *
 * <p>The expected grants below come from reading the code (DynamoDbKeyStore, DynamoDbAuditStore, KmsMasterKeyProvider
 * and the operations that use them), not from the template: a change of either that is not matched by the other
 * fails here.
 */
class DeployedTemplateIT {

    private static final Path TRANSLATOR = Path.of("../tools/sam-translate.py");

    // A grant is "<action> on <scope>"; scopes are named from the translated resources and conditions.
    private static final String PUBLISH = "events:PutEvents on the bus";
    private static final String GET = "dynamodb:GetItem on account items";
    private static final String QUERY = "dynamodb:Query on account items";
    private static final String PUT = "dynamodb:PutItem on account items";
    private static final String DELETE = "dynamodb:DeleteItem on account items";
    private static final String READ_STORAGE_KEY = "dynamodb:GetItem on the storage key item";
    private static final String DECRYPT = "kms:Decrypt on the master key";
    private static final String STORE_STORAGE_KEY = "dynamodb:PutItem on the storage key item";
    private static final String GENERATE_DATA_KEY = "kms:GenerateDataKey on the master key";

    /** Opening sealed key material: the stored data key, decrypted by KMS. */
    private static final Set<String> OPEN = Set.of(READ_STORAGE_KEY, DECRYPT);
    /** Creating the storage key on a Region's first seal. */
    /** Making the storage key: only for a table that holds nothing, which MasterKeyGuard finds out by a scan. */
    private static final Set<String> CREATE_STORAGE_KEY = Set.of(STORE_STORAGE_KEY, GENERATE_DATA_KEY,
            "dynamodb:Scan on every item");

    /** The control-plane operations that only read (a data-plane operation only reads, by its package). */
    private static final Set<String> READ_ONLY_CONTROL = Set.of("GetKeyFunction", "ListKeysFunction",
            "GetAliasFunction", "ListAliasesFunction", "ListTagsForResourceFunction",
            "GetDefaultKeyReplicationRegionsFunction", "ExportKeyFunction", "GetCertificateSigningRequestFunction");

    private static final Set<String> WRITE_ACTIONS = Set.of("dynamodb:PutItem", "dynamodb:DeleteItem",
            "dynamodb:UpdateItem", "dynamodb:BatchWriteItem", "dynamodb:Scan", "dynamodb:PartiQLInsert",
            "dynamodb:PartiQLUpdate", "dynamodb:PartiQLDelete");

    /** The AWS managed policies a role may have: SAM's two for functions, and API Gateway's for its log role. */
    private static final Set<String> AWS_MANAGED_POLICIES = Set.of("service-role/AWSLambdaBasicExecutionRole",
            "AWSXrayWriteOnlyAccess", "service-role/AmazonAPIGatewayPushToCloudWatchLogs");

    private static JsonNode template;
    private static JsonNode resources;

    @BeforeAll
    static void translate() throws IOException, InterruptedException {
        File errors = File.createTempFile("sam-translate", ".err");
        errors.deleteOnExit();
        Process translator = new ProcessBuilder("python3", TRANSLATOR.toString(), LocalService.TEMPLATE.toString())
                .redirectError(errors).start();
        byte[] output = translator.getInputStream().readAllBytes();
        assertThat(translator.waitFor(120, TimeUnit.SECONDS)).as("the SAM translator finishes").isTrue();
        assertThat(translator.exitValue()).as(Files.readString(errors.toPath())).isZero();
        template = new ObjectMapper().readTree(new String(output, StandardCharsets.UTF_8));
        resources = template.path("Resources");
        assertThat(functions()).as("the translated template has the functions").hasSizeGreaterThanOrEqualTo(46);
    }

    // ---- the key material outlives the stack

    @Test
    void theMasterKeyItsAliasAndTheKeyTableAreRetainedAndTheTableCannotBeDeleted() {
        for (String retained : List.of("MasterKey", "MasterKeyAlias", "KeyTable")) {
            JsonNode resource = resources.path(retained);
            assertThat(resource.path("DeletionPolicy").asText()).as(retained + " DeletionPolicy").isEqualTo("Retain");
            assertThat(resource.path("UpdateReplacePolicy").asText()).as(retained + " UpdateReplacePolicy")
                    .isEqualTo("Retain");
        }
        assertThat(resources.path("MasterKey").path("Type").asText()).isEqualTo("AWS::KMS::Key");
        assertThat(resources.path("MasterKeyAlias").path("Properties").path("TargetKeyId").path("Ref").asText())
                .isEqualTo("MasterKey");
        JsonNode table = resources.path("KeyTable");
        assertThat(table.path("Type").asText()).isEqualTo("AWS::DynamoDB::Table");
        assertThat(table.path("Properties").path("DeletionProtectionEnabled").asBoolean()).isTrue();
        assertThat(table.path("Properties").path("PointInTimeRecoverySpecification")
                .path("PointInTimeRecoveryEnabled").asBoolean()).isTrue();
    }

    // ---- least privilege

    @Test
    void everyFunctionRoleHoldsExactlyTheGrantsItsCodeUses() {
        Map<String, Set<String>> expected = expectedGrants();
        assertThat(expected.keySet()).as("an expectation for every function, and a function for every expectation")
                .containsExactlyInAnyOrderElementsOf(functions().keySet());
        List<String> differences = new ArrayList<>();
        for (String function : functions().keySet()) {
            Set<String> actual = grantsOf(roleOf(function));
            Set<String> missing = new TreeSet<>(expected.get(function));
            missing.removeAll(actual);
            Set<String> unexpected = new TreeSet<>(actual);
            unexpected.removeAll(expected.get(function));
            if (!missing.isEmpty() || !unexpected.isEmpty()) {
                differences.add(function + ": missing " + missing + ", unexpected " + unexpected);
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void readOnlyFunctionsCannotWriteDeleteOrScanTheTable() {
        Set<String> readOnly = new TreeSet<>(READ_ONLY_CONTROL);
        functions().forEach((id, function) -> {
            if (handlerOf(function).startsWith("dev.paycrypto.functions.data.")) {
                readOnly.add(id);
            }
        });
        assertThat(readOnly).hasSizeGreaterThanOrEqualTo(READ_ONLY_CONTROL.size() + 14);
        for (String function : readOnly) {
            Set<String> actions = actionsOf(roleOf(function));
            assertThat(actions).as(function).noneMatch(WRITE_ACTIONS::contains)
                    .noneMatch(a -> a.contains("*")).noneMatch(a -> a.startsWith("kms:Generate"));
            assertThat(actions.stream().filter(a -> a.startsWith("dynamodb:"))).as(function)
                    .allMatch(a -> Set.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchGetItem").contains(a));
        }
    }

    @Test
    void noRoleGrantsAWildcardActionOrResource() {
        Set<String> roles = new TreeSet<>(ofType("AWS::IAM::Role").keySet());
        for (String role : roles) {
            for (JsonNode statement : statementsOf(role)) {
                for (String action : texts(statement.path("Action"))) {
                    assertThat(action).as(role).doesNotContain("*");
                }
                for (JsonNode resource : list(statement.path("Resource"))) {
                    assertThat(resource.isTextual() ? resource.asText() : "").as(role).isNotEqualTo("*");
                }
            }
        }
    }

    @Test
    void onlyTheFunctionsThatMaySealARegionsFirstItemMayCreateTheStorageKey() {
        Set<String> creators = new TreeSet<>();
        Set<String> flagged = new TreeSet<>();
        functions().forEach((id, function) -> {
            Set<String> grants = grantsOf(roleOf(id));
            if (grants.contains(GENERATE_DATA_KEY) || grants.contains(STORE_STORAGE_KEY)) {
                assertThat(grants).as(id + " generates and stores the data key").containsAll(CREATE_STORAGE_KEY);
                creators.add(id);
            }
            if ("true".equals(function.path("Properties").path("Environment").path("Variables")
                    .path("MASTER_DATA_KEY_CREATOR").asText())) {
                flagged.add(id);
            }
        });
        assertThat(creators).containsExactlyInAnyOrder("CreateKeyFunction", "ImportKeyFunction",
                "GetParametersForImportFunction", "GetParametersForExportFunction");
        assertThat(flagged).as("MASTER_DATA_KEY_CREATOR is set where the role may create the storage key")
                .isEqualTo(creators);
    }

    // ---- the bus

    @Test
    void theBusRefusesInternalEventsFromAnyoneButTheStacksRolesAndLetsOperatorsRequestRotation() {
        JsonNode policy = single("AWS::Events::EventBusPolicy").getValue().path("Properties");
        assertThat(policy.path("EventBusName").path("Ref").asText()).isEqualTo("EventBus");
        JsonNode statement = policy.path("Statement");
        assertThat(statement.path("Effect").asText()).isEqualTo("Deny");
        assertThat(statement.path("Principal").asText()).isEqualTo("*");
        assertThat(texts(statement.path("Action"))).containsExactly("events:PutEvents");
        assertThat(getAttTarget(statement.path("Resource"))).isEqualTo("EventBus");

        // every role that may publish on the bus is exempt, and no other
        Set<String> publishers = new TreeSet<>();
        for (String role : ofType("AWS::IAM::Role").keySet()) {
            if (grantsOf(role).contains(PUBLISH)) {
                publishers.add(role);
            }
        }
        assertThat(publishers).contains("SchedulerRole").hasSize(functions().size() + 1);
        Set<String> exempt = new TreeSet<>();
        list(statement.path("Condition").path("ArnNotLike").path("aws:PrincipalArn"))
                .forEach(arn -> exempt.add(getAttTarget(arn)));
        assertThat(exempt).isEqualTo(publishers);

        Set<String> internal = new TreeSet<>(Set.of("Event Refused", "Key Purge Due", "Key Purge Sweep"));
        ofType("AWS::Events::Rule").values().forEach(rule ->
                list(rule.path("Properties").path("EventPattern").path("detail-type")).forEach(d -> internal.add(d.asText())));
        assertThat(internal).contains("API Call", "Key Deleted", "Key Replication Requested", "Key Rotated",
                "Key Rotation Requested", "Key Deletion Scheduled");
        String operator = "arn:aws:iam::111122223333:role/Operator";
        for (String detailType : internal) {
            boolean rotation = detailType.equals("Key Rotation Requested")
                    || detailType.equals("MPA Approval Decision");
            assertThat(denies(statement, operator, List.of(entry("dev.paycrypto", detailType)))).as(detailType)
                    .isEqualTo(!rotation);
            for (String publisher : publishers) {
                assertThat(denies(statement, "role:" + publisher, List.of(entry("dev.paycrypto", detailType))))
                        .as(publisher + " publishes " + detailType).isFalse();
            }
        }
        // a call is refused if any of its entries would be
        assertThat(denies(statement, operator, List.of(entry("dev.paycrypto", "Key Rotation Requested"),
                entry("dev.paycrypto", "Key Deleted")))).isTrue();
        assertThat(denies(statement, operator, List.of(entry("dev.paycrypto", "Key Rotation Requested"),
                entry("dev.paycrypto", "Key Rotation Requested")))).isFalse();
        assertThat(denies(statement, operator, List.of(entry("com.example.orders", "Order Placed")))).isFalse();
    }

    @Test
    void theAuditWorkerStoresRefusedEvents() {
        JsonNode pattern = resources.path("AuditWorkerFunctionApiCalls").path("Properties").path("EventPattern");
        assertThat(texts(pattern.path("detail-type"))).contains("API Call", "Event Refused");
        assertThat(texts(pattern.path("source"))).containsExactly("dev.paycrypto");
    }

    // ---- the API

    @Test
    void theApiStageIsThrottledAndAccessLoggedWithoutBodies() throws IOException {
        JsonNode stage = single("AWS::ApiGateway::Stage").getValue().path("Properties");
        JsonNode everyMethod = null;
        for (JsonNode setting : stage.path("MethodSettings")) {
            if ("/*".equals(setting.path("ResourcePath").asText()) && "*".equals(setting.path("HttpMethod").asText())) {
                everyMethod = setting;
            }
        }
        assertThat(everyMethod).as("a MethodSettings entry for every route").isNotNull();
        assertThat(intValue(everyMethod.path("ThrottlingRateLimit"))).isBetween(1, 10_000);
        assertThat(intValue(everyMethod.path("ThrottlingBurstLimit"))).isBetween(1, 5_000);
        assertThat(everyMethod.path("DataTraceEnabled").asBoolean(false)).as("no request/response tracing").isFalse();

        JsonNode accessLog = stage.path("AccessLogSetting");
        assertRetainedLogGroup(getAttTarget(accessLog.path("DestinationArn")));
        String format = accessLog.path("Format").asText();
        JsonNode fields = new ObjectMapper().readTree(format);
        assertThat(iterable(fields.fieldNames())).contains("requestId", "ip", "caller", "user", "requestTime",
                "httpMethod", "resourcePath", "status", "responseLength");
        fields.forEach(value -> assertThat(value.asText()).startsWith("$context."));
        assertThat(format.toLowerCase()).doesNotContain("body").doesNotContain("$input");

        // access logs need the account's CloudWatch role, set before the API's stage exists
        Map.Entry<String, JsonNode> account = single("AWS::ApiGateway::Account");
        assertThat(account.getValue().path("Properties").path("CloudWatchRoleArn").isMissingNode()).isFalse();
        JsonNode restApi = resources.path(stage.path("RestApiId").path("Ref").asText());
        assertThat(texts(restApi.path("DependsOn"))).contains(account.getKey());
        assertThat(single("AWS::ApiGateway::RestApi").getKey()).isEqualTo(stage.path("RestApiId").path("Ref").asText());
    }

    // ---- functions: logs, concurrency, dead letters

    @Test
    void everyFunctionLogsToAGroupWithARetention() {
        functions().forEach((id, function) ->
                assertRetainedLogGroup(function.path("Properties").path("LoggingConfig").path("LogGroup").path("Ref")
                        .asText(id + " has no LoggingConfig.LogGroup")));
    }

    @Test
    void workersHaveAReservedConcurrency() {
        Map<String, JsonNode> workers = workers();
        assertThat(workers).hasSize(7);
        workers.forEach((id, worker) -> assertThat(intValue(worker.path("Properties")
                .path("ReservedConcurrentExecutions"))).as(id).isBetween(1, 100));
    }

    @Test
    void everyEventAWorkerCannotProcessEndsInAQueue() {
        Map<String, JsonNode> queues = ofType("AWS::SQS::Queue");
        // the rules' targets: the worker's alias (so its async-invoke configuration applies), retries, a dead-letter queue
        int targets = 0;
        for (Map.Entry<String, JsonNode> rule : ofType("AWS::Events::Rule").entrySet()) {
            for (JsonNode target : rule.getValue().path("Properties").path("Targets")) {
                String alias = target.path("Arn").path("Ref").asText(rule.getKey() + " targets no function alias");
                assertThat(resources.path(alias).path("Type").asText()).as(rule.getKey()).isEqualTo("AWS::Lambda::Alias");
                assertThat(target.path("RetryPolicy").path("MaximumRetryAttempts").asInt(-1)).as(rule.getKey())
                        .isBetween(0, 3);
                String queue = getAttTarget(target.path("DeadLetterConfig").path("Arn"));
                assertThat(queues).as(rule.getKey() + " dead-letters into a queue of the stack").containsKey(queue);
                assertThat(queueSendersOf(queue)).as(rule.getKey() + " may send to " + queue).contains(rule.getKey());
                targets++;
            }
        }
        assertThat(targets).isGreaterThanOrEqualTo(workers().size());
        // a worker that fails an event: 2 retries, then the event goes to a queue
        Map<String, JsonNode> invokeConfigs = ofType("AWS::Lambda::EventInvokeConfig");
        for (String worker : workers().keySet()) {
            JsonNode config = invokeConfigs.values().stream()
                    .filter(c -> worker.equals(c.path("Properties").path("FunctionName").path("Ref").asText()))
                    .findFirst().orElseThrow(() -> new AssertionError(worker + " has no EventInvokeConfig"))
                    .path("Properties");
            assertThat(config.path("MaximumRetryAttempts").asInt(-1)).as(worker).isEqualTo(2);
            assertThat(config.path("Qualifier").asText()).as(worker + ": the alias the rules invoke").isEqualTo("live");
            assertThat(queues).containsKey(getAttTarget(config.path("DestinationConfig").path("OnFailure")
                    .path("Destination")));
        }
    }

    @Test
    void everyQueueAlarmsAsSoonAsItHoldsAMessage() {
        Map<String, JsonNode> queues = ofType("AWS::SQS::Queue");
        assertThat(queues).hasSizeGreaterThanOrEqualTo(6);
        Map<String, JsonNode> alarms = ofType("AWS::CloudWatch::Alarm");
        for (String queue : queues.keySet()) {
            List<JsonNode> watching = alarms.values().stream().map(a -> a.path("Properties"))
                    .filter(a -> "AWS/SQS".equals(a.path("Namespace").asText()))
                    .filter(a -> "ApproximateNumberOfMessagesVisible".equals(a.path("MetricName").asText()))
                    .filter(a -> a.path("Dimensions").size() == 1
                            && "QueueName".equals(a.path("Dimensions").get(0).path("Name").asText())
                            && queue.equals(getAttTarget(a.path("Dimensions").get(0).path("Value"))))
                    .toList();
            assertThat(watching).as(queue + " has an alarm").hasSize(1);
            assertRaisedOnAnyCount(watching.get(0));
            assertThat(queues.get(queue).path("Properties").path("MessageRetentionPeriod").asInt())
                    .as(queue + " keeps dead letters long enough to act on the alarm").isGreaterThanOrEqualTo(7 * 86_400);
        }
    }

    @Test
    void lostAuditEventsAlarm() {
        JsonNode globals = functions().get("GetKeyFunction").path("Properties").path("Environment").path("Variables");
        List<JsonNode> alarms = ofType("AWS::CloudWatch::Alarm").values().stream().map(a -> a.path("Properties"))
                .filter(a -> "AuditPublishFailures".equals(a.path("MetricName").asText())).toList();
        assertThat(alarms).hasSize(1);
        JsonNode alarm = alarms.get(0);
        assertThat(alarm.path("Namespace").asText()).isEqualTo(globals.path("POWERTOOLS_METRICS_NAMESPACE").asText());
        assertThat(alarm.path("Dimensions")).hasSize(1);
        assertThat(alarm.path("Dimensions").get(0).path("Name").asText()).isEqualTo("Service");
        assertThat(alarm.path("Dimensions").get(0).path("Value").asText())
                .isEqualTo(globals.path("POWERTOOLS_SERVICE_NAME").asText());
        assertThat(alarm.path("Statistic").asText()).isEqualTo("Sum");
        assertThat(alarm.path("Period").asInt() * alarm.path("EvaluationPeriods").asInt()).isEqualTo(300);
        assertRaisedOnAnyCount(alarm);
    }

    // ---- expectations

    /**
     * What each function does with the table, the master key, the bus and the rest, as its code does it. Account
     * items are those under pk ACCOUNT#(account); the storage key item is pk SYSTEM; the audit trail is AUDIT#.
     */
    private static Map<String, Set<String>> expectedGrants() {
        Map<String, Set<String>> expected = new HashMap<>();
        // the data plane resolves keys (alias and key items) and opens their material
        functions().forEach((id, function) -> {
            if (handlerOf(function).startsWith("dev.paycrypto.functions.data.")) {
                expected.put(id, grants(Set.of(PUBLISH, GET), OPEN));
            }
        });
        // first seals of a Region: new keys, imports, and the import/export tokens (the account's CA on first use)
        expected.put("CreateKeyFunction", grants(Set.of(PUBLISH, GET, PUT), OPEN, CREATE_STORAGE_KEY));
        // a root certificate import first settles the approval team's expired or decided session (which may delete)
        expected.put("ImportKeyFunction", grants(Set.of(PUBLISH, GET, PUT, DELETE), OPEN, CREATE_STORAGE_KEY));
        // multi-party approval: each call settles the association's expired or decided session first
        for (String mpa : List.of("AssociateMpaTeamFunction", "GetMpaTeamAssociationFunction",
                "DisassociateMpaTeamFunction")) {
            expected.put(mpa, Set.of(PUBLISH, GET, PUT, DELETE));
        }
        for (String tokens : List.of("GetParametersForImportFunction", "GetParametersForExportFunction")) {
            // the "last token" pointer is replaced by delete and put
            expected.put(tokens, grants(Set.of(PUBLISH, GET, PUT, DELETE), OPEN, CREATE_STORAGE_KEY));
        }
        // the account's CA is created on first use, after the key it certifies was opened
        expected.put("GetPublicKeyCertificateFunction", grants(Set.of(PUBLISH, GET, PUT), OPEN));
        expected.put("ExportKeyFunction", grants(Set.of(PUBLISH, GET), OPEN));
        expected.put("GetCertificateSigningRequestFunction", grants(Set.of(PUBLISH, GET), OPEN));
        for (String reader : List.of("GetKeyFunction", "GetAliasFunction", "ListTagsForResourceFunction",
                "GetDefaultKeyReplicationRegionsFunction")) {
            expected.put(reader, Set.of(PUBLISH, GET));
        }
        expected.put("ListKeysFunction", Set.of(PUBLISH, QUERY));
        expected.put("ListAliasesFunction", Set.of(PUBLISH, QUERY));
        expected.put("DeleteAliasFunction", Set.of(PUBLISH, DELETE));
        // key policies: read the key (and the policy), then put or delete the policy item
        expected.put("PutResourcePolicyFunction", Set.of(PUBLISH, GET, PUT));
        expected.put("GetResourcePolicyFunction", Set.of(PUBLISH, GET));
        expected.put("DeleteResourcePolicyFunction", Set.of(PUBLISH, GET, DELETE));
        // metadata changes: read, then a conditional put (never the material)
        for (String changer : List.of("DeleteKeyFunction", "RestoreKeyFunction", "StartKeyUsageFunction",
                "StopKeyUsageFunction", "TagResourceFunction", "UntagResourceFunction", "CreateAliasFunction",
                "UpdateAliasFunction", "EnableDefaultKeyReplicationRegionsFunction",
                "DisableDefaultKeyReplicationRegionsFunction", "AddKeyReplicationRegionsFunction",
                "RemoveKeyReplicationRegionsFunction")) {
            expected.put(changer, Set.of(PUBLISH, GET, PUT));
        }
        // workers: what each writes, and its own dead-letter queue (async OnFailure destination)
        expected.put("AuditWorkerFunction", Set.of(PUBLISH, "dynamodb:PutItem on the audit trail",
                "sqs:SendMessage on the queue AuditWorkerDeadLetters"));
        expected.put("KeyDeletionSchedulerFunction", Set.of(PUBLISH, GET, "scheduler:CreateSchedule on purge schedules",
                "iam:PassRole on the scheduler role (to EventBridge Scheduler)",
                "sqs:SendMessage on the queue KeyDeletionSchedulerDeadLetters"));
        expected.put("KeyPurgeFunction", Set.of(PUBLISH, GET, QUERY, PUT, DELETE,
                // a copy in another Region is read first: only a replica of this primary goes
                "dynamodb:GetItem on the other Regions' key tables, account items",
                "dynamodb:DeleteItem on the other Regions' key tables, account items",
                "sqs:SendMessage on the queue KeyPurgeDeadLetters"));
        expected.put("MpaApprovalFunction", Set.of(PUBLISH, GET, PUT, DELETE,
                "sqs:SendMessage on the queue MpaApprovalDeadLetters"));
        expected.put("KeyPurgeSweepFunction", Set.of(PUBLISH, "dynamodb:Scan on every item",
                "sqs:SendMessage on the queue KeyPurgeSweepDeadLetters"));
        expected.put("KeyReplicationFunction", grants(Set.of(PUBLISH, GET, PUT,
                "dynamodb:GetItem on the other Regions' key tables, account items and the storage key item",
                "dynamodb:PutItem on the other Regions' key tables, account items and the storage key item",
                "dynamodb:DeleteItem on the other Regions' key tables, account items and the storage key item",
                "kms:Decrypt on the other Regions' master keys",
                "kms:GenerateDataKey on the other Regions' master keys",
                // a Region's storage key is made only for a table that holds nothing (MasterKeyGuard scans)
                "dynamodb:Scan on the other Regions' key tables, every item",
                "sqs:SendMessage on the queue KeyReplicationDeadLetters"), OPEN));
        expected.put("KeyRotationFunction", grants(Set.of(PUBLISH, GET, PUT,
                "sqs:SendMessage on the queue KeyRotationDeadLetters"), OPEN));
        return expected;
    }

    @SafeVarargs
    private static Set<String> grants(Set<String>... parts) {
        Set<String> all = new TreeSet<>();
        for (Set<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    // ---- reading roles

    private static Set<String> grantsOf(String role) {
        Set<String> grants = new TreeSet<>();
        for (JsonNode statement : statementsOf(role)) {
            assertThat(statement.path("Effect").asText()).as(role).isEqualTo("Allow");
            for (String action : texts(statement.path("Action"))) {
                for (JsonNode resource : list(statement.path("Resource"))) {
                    grants.add(action + " on " + scope(role, resource, statement.path("Condition")));
                }
            }
        }
        return grants;
    }

    private static Set<String> actionsOf(String role) {
        Set<String> actions = new TreeSet<>();
        statementsOf(role).forEach(statement -> actions.addAll(texts(statement.path("Action"))));
        return actions;
    }

    /** The role's inline statements and those of its customer-managed policies; AWS-managed ones are the two SAM adds. */
    private static List<JsonNode> statementsOf(String role) {
        JsonNode properties = resources.path(role).path("Properties");
        List<JsonNode> statements = new ArrayList<>();
        for (JsonNode policy : properties.path("Policies")) {
            statements.addAll(list(policy.path("PolicyDocument").path("Statement")));
        }
        for (JsonNode managed : properties.path("ManagedPolicyArns")) {
            String arn = managed.isTextual() ? managed.asText() : managed.path("Fn::Sub").asText();
            if (arn.matches("arn:(aws|\\$\\{AWS::Partition}):iam::aws:policy/.*")) {
                assertThat(AWS_MANAGED_POLICIES).as(role + ": an AWS managed policy")
                        .contains(arn.substring(arn.indexOf(":policy/") + ":policy/".length()));
                continue;
            }
            JsonNode policy = resources.path(managed.path("Ref").asText());
            assertThat(policy.path("Type").asText()).as(role + " " + managed).isEqualTo("AWS::IAM::ManagedPolicy");
            statements.addAll(list(policy.path("Properties").path("PolicyDocument").path("Statement")));
        }
        return statements;
    }

    /** Names what a statement's resource and condition reach; an unknown resource or condition fails the test. */
    private static String scope(String role, JsonNode resource, JsonNode condition) {
        Set<String> conditions = new TreeSet<>();
        condition.fieldNames().forEachRemaining(operator -> condition.path(operator).fieldNames()
                .forEachRemaining(key -> conditions.add(operator + " " + key)));
        String target = getAttTarget(resource);
        String scope;
        if ("KeyTable".equals(target)) {
            scope = items(condition, conditions);
        } else if ("MasterKey".equals(target)) {
            scope = "the master key";
        } else if ("EventBus".equals(target)) {
            scope = "the bus";
        } else if ("SchedulerRole".equals(target)) {
            assertThat(conditions.remove("StringEquals iam:PassedToService")).as(role + " passes the role to").isTrue();
            assertThat(condition.path("StringEquals").path("iam:PassedToService").asText())
                    .isEqualTo("scheduler.amazonaws.com");
            scope = "the scheduler role (to EventBridge Scheduler)";
        } else if (target != null && "AWS::SQS::Queue".equals(resources.path(target).path("Type").asText())) {
            scope = "the queue " + target;
        } else {
            scope = subScope(role, resource, condition, conditions);
        }
        assertThat(conditions).as(role + ": conditions not understood on " + scope).isEmpty();
        return scope;
    }

    private static String subScope(String role, JsonNode resource, JsonNode condition, Set<String> conditions) {
        JsonNode sub = resource.path("Fn::Sub");
        String pattern = sub.isArray() ? sub.get(0).asText() : sub.asText();
        if (pattern.equals("arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/${eventBusName}")
                && "EventBus".equals(sub.get(1).path("eventBusName").path("Ref").asText())) {
            return "the bus";
        }
        if (pattern.equals("arn:${AWS::Partition}:scheduler:${AWS::Region}:${AWS::AccountId}:schedule/default/"
                + "paycrypto-purge-*")) {
            return "purge schedules";
        }
        // the table as SAM's DynamoDB policy templates name it
        if (sub.isArray() && "KeyTable".equals(sub.get(1).path("tableName").path("Ref").asText())) {
            if (pattern.equals("arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}")) {
                return items(condition, conditions);
            }
            if (pattern.equals("arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}"
                    + "/index/*")) {
                return "the key table's indexes";
            }
        }
        boolean otherTables = pattern.equals(
                "arn:${AWS::Partition}:dynamodb:*:${AWS::AccountId}:table/${AWS::StackName}-KeyTable-*");
        boolean otherKeys = pattern.equals("arn:${AWS::Partition}:kms:*:${AWS::AccountId}:key/*");
        if (otherTables || otherKeys) {
            // a Region wildcard would reach this Region's table and key too: the condition keeps them out
            assertThat(conditions.remove("StringNotEquals aws:RequestedRegion")).as(role + " " + pattern).isTrue();
            assertThat(condition.path("StringNotEquals").path("aws:RequestedRegion").path("Ref").asText())
                    .isEqualTo("AWS::Region");
        }
        if (otherTables) {
            return "the other Regions' key tables, " + items(condition, conditions);
        }
        if (otherKeys) {
            assertThat(conditions.remove("ForAnyValue:StringEquals kms:ResourceAliases")).as(role).isTrue();
            assertThat(condition.path("ForAnyValue:StringEquals").path("kms:ResourceAliases").path("Fn::Sub").asText())
                    .isEqualTo("alias/${AWS::StackName}-master");
            return "the other Regions' master keys";
        }
        return fail(role + ": a grant on a resource this test does not know: " + resource);
    }

    /** The items of the key table a dynamodb:LeadingKeys condition allows (every item without one). */
    private static String items(JsonNode condition, Set<String> conditions) {
        Set<String> partitions = new TreeSet<>();
        for (String operator : List.of("ForAllValues:StringLike", "ForAllValues:StringEquals")) {
            if (conditions.remove(operator + " dynamodb:LeadingKeys")) {
                for (String partition : texts(condition.path(operator).path("dynamodb:LeadingKeys"))) {
                    assertThat(operator.endsWith("Like") || !partition.contains("*"))
                            .as("a wildcard needs StringLike: " + partition).isTrue();
                    partitions.add(partition);
                }
            }
        }
        List<String> named = new ArrayList<>();
        for (String partition : partitions) {
            named.add(switch (partition) {
                case "ACCOUNT#*" -> "account items";
                case "SYSTEM" -> "the storage key item";
                case "AUDIT#*" -> "the audit trail";
                default -> fail("an unexpected partition " + partition);
            });
        }
        return named.isEmpty() ? "every item" : String.join(" and ", named);
    }

    // ---- the bus policy's meaning

    /** One entry of a PutEvents call. */
    private record Entry(String source, String detailType) {
    }

    private static Entry entry(String source, String detailType) {
        return new Entry(source, detailType);
    }

    /**
     * Whether the Deny statement applies to a PutEvents call by {@code principal} (a literal ARN, or
     * {@code role:<LogicalId>} for a role of the stack) carrying {@code entries}. The condition keys of a PutEvents
     * call are sets over its entries (AWS's bus-policy examples qualify them with ForAllValues).
     */
    private static boolean denies(JsonNode statement, String principal, List<Entry> entries) {
        Map<String, Set<String>> context = Map.of(
                "events:source", entries.stream().map(Entry::source).collect(Collectors.toCollection(LinkedHashSet::new)),
                "events:detail-type", entries.stream().map(Entry::detailType)
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
        JsonNode condition = statement.path("Condition");
        for (Iterator<String> operators = condition.fieldNames(); operators.hasNext(); ) {
            String operator = operators.next();
            for (Iterator<String> keys = condition.path(operator).fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                List<JsonNode> values = list(condition.path(operator).path(key));
                boolean holds = switch (operator + " " + key) {
                    case "ForAnyValue:StringEquals events:source", "ForAnyValue:StringEquals events:detail-type" ->
                            context.get(key).stream().anyMatch(v -> texts(values).contains(v));
                    case "ForAnyValue:StringNotEquals events:source", "ForAnyValue:StringNotEquals events:detail-type" ->
                            context.get(key).stream().anyMatch(v -> !texts(values).contains(v));
                    case "ArnNotLike aws:PrincipalArn", "ArnNotEquals aws:PrincipalArn" ->
                            values.stream().noneMatch(v -> principalMatches(principal, v));
                    default -> fail("a condition this test cannot evaluate: " + operator + " " + key);
                };
                if (!holds) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean principalMatches(String principal, JsonNode value) {
        String role = getAttTarget(value);
        if (role != null) {
            assertThat(resources.path(role).path("Type").asText()).isEqualTo("AWS::IAM::Role");
            return principal.equals("role:" + role);
        }
        String glob = Pattern.quote(value.asText()).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q");
        return principal.matches(glob);
    }

    // ---- helpers

    private static Map<String, JsonNode> functions() {
        return ofType("AWS::Lambda::Function");
    }

    private static Map<String, JsonNode> workers() {
        Map<String, JsonNode> workers = new TreeMap<>();
        functions().forEach((id, function) -> {
            if (handlerOf(function).startsWith("dev.paycrypto.functions.workers.")) {
                workers.put(id, function);
            }
        });
        return workers;
    }

    private static String handlerOf(JsonNode function) {
        return function.path("Properties").path("Handler").asText();
    }

    private static String roleOf(String function) {
        String role = getAttTarget(functions().get(function).path("Properties").path("Role"));
        assertThat(resources.path(role).path("Type").asText()).as(function + " has a role of the stack")
                .isEqualTo("AWS::IAM::Role");
        return role;
    }

    /** The rules EventBridge may dead-letter into {@code queue}, by the queue policies. */
    private static Set<String> queueSendersOf(String queue) {
        Set<String> rules = new TreeSet<>();
        for (JsonNode policy : ofType("AWS::SQS::QueuePolicy").values()) {
            JsonNode properties = policy.path("Properties");
            boolean covers = list(properties.path("Queues")).stream()
                    .anyMatch(q -> queue.equals(q.path("Ref").asText()));
            for (JsonNode statement : list(properties.path("PolicyDocument").path("Statement"))) {
                boolean fromEventBridge = "Allow".equals(statement.path("Effect").asText())
                        && texts(statement.path("Principal").path("Service")).contains("events.amazonaws.com")
                        && texts(statement.path("Action")).contains("sqs:SendMessage")
                        && list(statement.path("Resource")).stream().anyMatch(r -> queue.equals(getAttTarget(r)));
                if (covers && fromEventBridge) {
                    list(statement.path("Condition").path("ArnEquals").path("aws:SourceArn"))
                            .forEach(rule -> rules.add(getAttTarget(rule)));
                }
            }
        }
        return rules;
    }

    private static void assertRetainedLogGroup(String logGroup) {
        JsonNode group = resources.path(logGroup);
        assertThat(group.path("Type").asText()).as(logGroup).isEqualTo("AWS::Logs::LogGroup");
        assertThat(intValue(group.path("Properties").path("RetentionInDays"))).as(logGroup + " retention in days")
                .isGreaterThanOrEqualTo(90);
    }

    private static void assertRaisedOnAnyCount(JsonNode alarm) {
        assertThat(alarm.path("ComparisonOperator").asText()).isEqualTo("GreaterThanThreshold");
        assertThat(alarm.path("Threshold").asDouble(-1)).isZero();
        List<JsonNode> actions = list(alarm.path("AlarmActions"));
        assertThat(actions).isNotEmpty();
        actions.forEach(action -> assertThat(resources.path(action.path("Ref").asText()).path("Type").asText())
                .isEqualTo("AWS::SNS::Topic"));
    }

    /** A number, or a parameter's default. */
    private static int intValue(JsonNode value) {
        if (value.isNumber() || value.isTextual() && value.asText().matches("\\d+")) {
            return value.asInt();
        }
        JsonNode parameter = template.path("Parameters").path(value.path("Ref").asText());
        assertThat(parameter.path("Default").isMissingNode()).as("a number or a parameter with a default: " + value)
                .isFalse();
        return parameter.path("Default").asInt();
    }

    private static Map<String, JsonNode> ofType(String type) {
        Map<String, JsonNode> found = new TreeMap<>();
        resources.properties().forEach(r -> {
            if (type.equals(r.getValue().path("Type").asText())) {
                found.put(r.getKey(), r.getValue());
            }
        });
        return found;
    }

    private static Map.Entry<String, JsonNode> single(String type) {
        Map<String, JsonNode> found = ofType(type);
        assertThat(found).as(type).hasSize(1);
        return found.entrySet().iterator().next();
    }

    /** The logical id a {@code Fn::GetAtt} names, or null. */
    private static String getAttTarget(JsonNode node) {
        JsonNode getAtt = node.path("Fn::GetAtt");
        if (getAtt.isArray()) {
            return getAtt.get(0).asText();
        }
        return getAtt.isTextual() ? getAtt.asText().split("\\.")[0] : null;
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else if (!node.isMissingNode()) {
            items.add(node);
        }
        return items;
    }

    private static List<String> texts(JsonNode node) {
        return texts(list(node));
    }

    private static List<String> texts(List<JsonNode> nodes) {
        return nodes.stream().map(JsonNode::asText).toList();
    }

    private static <T> List<T> iterable(Iterator<T> iterator) {
        List<T> items = new ArrayList<>();
        iterator.forEachRemaining(items::add);
        return items;
    }
}
