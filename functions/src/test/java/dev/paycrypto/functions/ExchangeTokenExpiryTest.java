package dev.paycrypto.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.app.json.JsonCodec;
import dev.paycrypto.service.runtime.Services;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Import tokens last 30 days (API reference, GetParametersForImport): the sample ImportKey event, whose token was
 * issued with the region, imports on the day before it expires and is refused, with nothing stored, the day after.
 */
class ExchangeTokenExpiryTest {

    @Test
    void anImportTokenServesUntilItExpiresAndNotAfter() throws Exception {
        Services issued = Fixtures.seededRegion();
        int keysBefore = issued.keyStore().listKeys(Fixtures.ACCOUNT, null, 100, null).items().size();

        APIGatewayProxyResponseEvent expired = importAt(issued, Duration.ofDays(30).plusSeconds(1));
        assertThat(expired.getStatusCode()).isEqualTo(400);
        JsonNode error = JsonCodec.parse(expired.getBody());
        assertThat(error.path("message").asText() + error.path("Message").asText())
                .contains("ImportToken is not valid or has expired");
        assertThat(issued.keyStore().listKeys(Fixtures.ACCOUNT, null, 100, null).items()).hasSize(keysBefore);

        assertThat(importAt(issued, Duration.ofDays(29)).getStatusCode()).isEqualTo(200);
    }

    private static APIGatewayProxyResponseEvent importAt(Services issued, Duration later) throws Exception {
        Services then = new Services(issued.region(), issued.keyStore(), issued.sealer(),
                Clock.fixed(Fixtures.NOW.plus(later), ZoneOffset.UTC), issued.random(), issued.metrics(),
                issued.events(), issued.audit(), issued.scheduler(), issued.regions());
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent("../events/control/ImportKey.json");
        return Fixtures.handler("control", "ImportKey", then).handleRequest(event, null);
    }
}
