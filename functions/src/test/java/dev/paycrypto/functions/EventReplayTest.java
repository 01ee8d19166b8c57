package dev.paycrypto.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.keys.KeyLifecycle;
import dev.paycrypto.keys.KeyReplication;
import dev.paycrypto.app.json.JsonCodec;
import dev.paycrypto.service.protocol.ServiceModel;
import dev.paycrypto.service.runtime.Services;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample event of {@code events/} (the files {@code sam local invoke -e} takes) is replayed through its
 * function, in a fresh region seeded with what the events refer to; each must succeed and answer with every
 * member the model's output shape requires.
 */
class EventReplayTest {

    static Stream<Path> events() throws IOException {
        return Fixtures.apiEvents().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void replaysThroughItsFunction(Path file) throws Exception {
        String plane = file.getParent().getFileName().toString();
        String operation = file.getFileName().toString().replace(".json", "");
        Services services = Fixtures.seededRegion();
        if ("RemoveKeyReplicationRegions".equals(operation)) {
            services.keyStore().updateKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID, key -> key.toBuilder()
                    .replication(new KeyReplication(KeyReplication.Role.PRIMARY, Fixtures.REGION, Map.of("eu-west-1",
                            new KeyReplication.RegionStatus(KeyReplication.State.SYNCHRONIZED, null)), false)).build());
        }
        if ("GetMpaTeamAssociation".equals(operation) || "DisassociateMpaTeam".equals(operation)) {
            Fixtures.associateSampleTeam(services);
        }
        if ("RestoreKey".equals(operation)) {
            services.keyStore().updateKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID,
                    key -> KeyLifecycle.scheduleDeletion(key, Fixtures.NOW, 7));
        }
        RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler =
                Fixtures.handler(plane, operation, services);
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent(file.toString());

        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        ServiceModel model = "control".equals(plane) ? ServiceModel.controlPlane() : ServiceModel.dataPlane();
        JsonNode body = JsonCodec.parse(response.getBody());
        String output = model.operation(operation).outputShape();
        model.shape(output).path("required").forEach(member ->
                assertThat(body.has(member.asText())).as(operation + " answers " + member.asText()).isTrue());
    }

    @Test
    void unknownMembersAreIgnoredEvenBesideAUnionMember() throws Exception {
        // AWS ignores members a model does not know; one placed before the real union member must not be taken
        // for the union's choice
        Services services = Fixtures.seededRegion();
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent(
                "../events/data/GenerateCardValidationData.json");
        event.setBody("{\"KeyIdentifier\":\"alias/sample-cvk\",\"PrimaryAccountNumber\":\"4123456789012345\","
                + "\"Unknown\":1,\"GenerationAttributes\":{\"AUnknownMember\":{},"
                + "\"CardVerificationValue2\":{\"CardExpiryDate\":\"0225\"}}}");
        APIGatewayProxyResponseEvent response = Fixtures.handler("data", "GenerateCardValidationData", services)
                .handleRequest(event, null);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        // the published CVV2 of the sample key (CyberChef/AWS comparison data, vectors/cvv.json)
        assertThat(JsonCodec.parse(response.getBody()).get("ValidationData").asText()).isEqualTo("111");
    }
}
