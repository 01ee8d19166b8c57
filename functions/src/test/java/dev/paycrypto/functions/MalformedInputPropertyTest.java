package dev.paycrypto.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.paycrypto.keys.store.SealedRecord;
import dev.paycrypto.app.json.JsonCodec;
import dev.paycrypto.service.protocol.ServiceModel;
import dev.paycrypto.service.runtime.Services;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A seeded property test of hostile input: for every operation, requests derived from its sample event by
 * mutations that make them invalid by construction (malformed JSON, a required member removed, a value of the
 * wrong type, an unknown enum value, a string over its maximum, a number out of range, a union with two members,
 * injection-looking text in patterned members). Every answer must be a 4xx AWS error with a type and a message,
 * never a 500 or a stack trace, and the store must be exactly as it was.
 */
class MalformedInputPropertyTest {

    private static final long SEED = 20261122L;
    private static final int MUTATIONS_PER_OPERATION = 40;
    private static final List<String> HOSTILE = List.of("' OR 1=1 --", "alias/../../etc/passwd", "\u0000\u0001",
            "${jndi:ldap://127.0.0.1/a}", "<script>", "arn:aws:payment-cryptography:us-east-1:999999999999:key/x");

    static Stream<Arguments> operations() throws IOException {
        return Fixtures.apiEvents().stream()
                .map(f -> Arguments.of(f.getFileName().toString().replace(".json", ""), f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void everyMalformedRequestGetsA4xxAndChangesNothing(String operation, Path file) throws Exception {
        String plane = file.getParent().getFileName().toString();
        ServiceModel model = "control".equals(plane) ? ServiceModel.controlPlane() : ServiceModel.dataPlane();
        String inputShape = model.operation(operation).inputShape();
        Services services = Fixtures.seededRegion();
        RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler =
                Fixtures.handler(plane, operation, services);
        APIGatewayProxyRequestEvent sample = EventLoader.loadApiGatewayRestEvent(file.toString());
        String before = snapshot(services);
        Random random = new Random(SEED ^ operation.hashCode());

        for (int i = 0; i < MUTATIONS_PER_OPERATION; i++) {
            Mutation mutation = mutate(model, inputShape, JsonCodec.parse(sample.getBody()), random);
            APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent(file.toString());
            event.setBody(mutation.body());

            APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);

            String what = operation + " with " + mutation.description();
            assertThat(response.getStatusCode()).as(what + ": " + response.getBody()).isBetween(400, 499);
            assertThat(response.getHeaders()).as(what).containsKey("x-amzn-ErrorType");
            JsonNode error = JsonCodec.parse(response.getBody());
            assertThat(error.path("__type").asText()).as(what).isNotEmpty();
            assertThat(error.path("message").asText()).as(what).isNotEmpty();
            assertThat(response.getBody()).as(what).doesNotContain("\tat ", "Exception:", "java.");
            assertThat(snapshot(services)).as(what + " changed state").isEqualTo(before);
        }
    }

    private record Mutation(String description, String body) {
    }

    private static Mutation mutate(ServiceModel model, String inputShape, JsonNode body, Random random) {
        List<Mutation> candidates = new ArrayList<>();
        candidates.add(new Mutation("malformed JSON", "{\"KeyIdentifier\": "));
        candidates.add(new Mutation("a JSON array body", "[1,2,3]"));
        candidates.add(new Mutation("a JSON string body", "\"hello\""));
        candidates.add(new Mutation("trailing garbage", JsonCodec.write(body) + "}}"));
        collect(model, inputShape, (ObjectNode) body, body, new ArrayList<>(), candidates, random);
        return candidates.get(random.nextInt(candidates.size()));
    }

    /** Adds the invalid-by-construction mutations of every member of a structure in the sample body. */
    private static void collect(ServiceModel model, String shapeName, ObjectNode node, JsonNode root,
                                List<String> path, List<Mutation> out, Random random) {
        JsonNode shape = model.shape(shapeName);
        for (JsonNode required : shape.path("required")) {
            String member = required.asText();
            if (shape.path("members").path(member).has("location")) {
                continue; // bound from the path, not the body: removing it from the body changes nothing
            }
            out.add(at(root, path, "without required " + member, n -> {
                n.remove(member);
                return n;
            }));
        }
        if (shape.path("union").asBoolean(false)) {
            JsonNode members = shape.path("members");
            List<String> names = new ArrayList<>();
            members.fieldNames().forEachRemaining(names::add);
            String set = names.stream().filter(node::has).findFirst().orElse(null);
            String other = names.stream().filter(n -> !n.equals(set)).findFirst().orElse(null);
            if (set != null && other != null) {
                out.add(at(root, path, "two union members", n -> {
                    n.set(other, n.get(set).deepCopy());
                    return n;
                }));
                out.add(at(root, path, "no union member", n -> {
                    n.removeAll();
                    return n;
                }));
            }
        }
        shape.path("members").properties().forEach(entry -> {
            String member = entry.getKey();
            if (!node.has(member) || entry.getValue().has("location")) {
                return;
            }
            JsonNode memberShape = model.shape(entry.getValue().get("shape").asText());
            String type = memberShape.get("type").asText();
            List<String> memberPath = new ArrayList<>(path);
            memberPath.add(member);
            out.add(at(root, path, "wrong type for " + member, n -> {
                n.set(member, "string".equals(type) ? IntNode.valueOf(42) : TextNode.valueOf("not-a-" + type));
                return n;
            }));
            if ("string".equals(type)) {
                if (memberShape.has("enum")) {
                    out.add(at(root, path, "unknown enum value for " + member, n -> {
                        n.put(member, "NOT_A_MEMBER_OF_THE_ENUM");
                        return n;
                    }));
                }
                if (memberShape.has("max") && memberShape.get("max").asInt() < 20_000) {
                    out.add(at(root, path, "oversized " + member, n -> {
                        n.put(member, "7".repeat(memberShape.get("max").asInt() + 1 + random.nextInt(50)));
                        return n;
                    }));
                }
                if (memberShape.has("pattern") && !memberShape.has("enum")) {
                    String hostile = HOSTILE.get(random.nextInt(HOSTILE.size()));
                    if (!java.util.regex.Pattern.compile(memberShape.get("pattern").asText()).matcher(hostile).matches()) {
                        out.add(at(root, path, "hostile text in " + member, n -> {
                            n.put(member, hostile);
                            return n;
                        }));
                    }
                }
            }
            if (("integer".equals(type) || "long".equals(type)) && memberShape.has("max")) {
                out.add(at(root, path, "out-of-range " + member, n -> {
                    n.put(member, memberShape.get("max").asLong() + 1 + random.nextInt(1000));
                    return n;
                }));
            }
            if ("structure".equals(type)) {
                collect(model, entry.getValue().get("shape").asText(), (ObjectNode) node.get(member), root, memberPath,
                        out, random);
            }
            if ("list".equals(type) && memberShape.has("max")) {
                out.add(at(root, path, "too many items in " + member, n -> {
                    ArrayNode items = n.putArray(member);
                    for (int i = 0; i <= memberShape.get("max").asInt(); i++) {
                        items.add(JsonNodeFactory.instance.objectNode().put("Key", "k" + i).put("Value", "v"));
                    }
                    return n;
                }));
            }
        });
    }

    /** A copy of the body with {@code change} applied to the structure at {@code path}. */
    private static Mutation at(JsonNode root, List<String> path, String description, UnaryOperator<ObjectNode> change) {
        ObjectNode copy = root.deepCopy();
        ObjectNode target = copy;
        for (String member : path) {
            target = (ObjectNode) target.get(member);
        }
        change.apply(target);
        return new Mutation(description + (path.isEmpty() ? "" : " in " + String.join(".", path)),
                JsonCodec.write(copy));
    }

    /** Everything an operation could change: keys with their versions, aliases, sealed records. */
    private static String snapshot(Services services) {
        StringBuilder out = new StringBuilder();
        services.keyStore().listKeys(Fixtures.ACCOUNT, null, 100, null).items()
                .forEach(k -> out.append(k.keyId()).append('@').append(k.version()).append(k.tags()).append(';'));
        services.keyStore().listAliases(Fixtures.ACCOUNT, null, 100, null).items()
                .forEach(a -> out.append(a.aliasName()).append('>').append(a.keyArn()).append('@').append(a.version())
                        .append(';'));
        out.append(services.keyStore().findSealedRecord(Fixtures.ACCOUNT, SealedRecord.Kind.CERTIFICATE_AUTHORITY,
                "default").isPresent());
        return out.toString();
    }
}
