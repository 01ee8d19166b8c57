package dev.paycrypto.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.app.json.JsonCodec;
import dev.paycrypto.service.runtime.Services;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every key a data operation's sample event names, swapped for each seeded key of another usage, is refused: 400,
 * ValidationException, a message naming the usage the operation requires — and never a 500 or a result.
 */
class WrongKeyUsageTest {

    /** The usages of the seeded region's aliases (Fixtures). */
    private static final Map<String, String> USAGES = Map.of(
            "alias/sample-cvk", "C0", "alias/sample-mac", "M3", "alias/sample-dek", "D0", "alias/sample-pek", "P0",
            "alias/sample-pek-aes", "P0", "alias/sample-pvk", "V2", "alias/sample-imk-ac", "E0",
            "alias/sample-imk-smi", "E2", "alias/sample-imk-smc", "E1", "alias/sample-as2805-kek", "K0");

    static Stream<Arguments> swaps() throws Exception {
        List<Arguments> swaps = new ArrayList<>();
        for (Path file : Fixtures.apiEvents()) {
            if (!file.getParent().getFileName().toString().equals("data")) {
                continue;
            }
            APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent(file.toString());
            ObjectNode body = (ObjectNode) JsonCodec.parse(event.getBody());
            Map<String, String> members = new HashMap<>();
            for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (name.endsWith("KeyIdentifier") && USAGES.containsKey(body.get(name).asText())) {
                    members.put(name, body.get(name).asText());
                }
            }
            if (event.getPathParameters() != null) {
                event.getPathParameters().forEach((name, alias) -> {
                    if (USAGES.containsKey(alias)) {
                        members.put(name, alias);
                    }
                });
            }
            String operation = file.getFileName().toString().replace(".json", "");
            members.forEach((member, original) -> USAGES.forEach((alias, usage) -> {
                if (!usage.equals(USAGES.get(original))) {
                    swaps.add(Arguments.of(operation + " " + member + " <- " + alias, file, member, alias));
                }
            }));
        }
        return swaps.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("swaps")
    void isRefused(String name, Path file, String member, String alias) throws Exception {
        Services services = Fixtures.seededRegion();
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent(file.toString());
        ObjectNode body = (ObjectNode) JsonCodec.parse(event.getBody());
        if (body.has(member)) {
            body.put(member, alias);
            event.setBody(body.toString());
        }
        if (event.getPathParameters() != null && event.getPathParameters().containsKey(member)) {
            Map<String, String> path = new HashMap<>(event.getPathParameters());
            path.put(member, alias);
            event.setPathParameters(path);
        }
        String operation = file.getFileName().toString().replace(".json", "");

        APIGatewayProxyResponseEvent response = Fixtures.handler("data", operation, services)
                .handleRequest(event, null);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(400);
        assertThat(response.getHeaders().get("x-amzn-ErrorType")).startsWith("ValidationException");
        assertThat(response.getBody()).contains("requires KeyUsage");
    }
}
