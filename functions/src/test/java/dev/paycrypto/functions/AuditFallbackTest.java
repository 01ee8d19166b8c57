package dev.paycrypto.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import dev.paycrypto.service.runtime.OperationMetrics;
import dev.paycrypto.service.runtime.Services;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.Test;

/**
 * A call whose audit event the bus will not take still succeeds and still leaves its record: the event is offered
 * three times, then the record is logged as a structured field and the failure counted by the metric the
 * deployed alarm watches. The logged record is the allow-listed one: no PAN, no card data.
 */
class AuditFallbackTest {

    @Test
    void aRecordTheBusRefusesGoesToTheLogAndIsCounted() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger failuresCounted = new AtomicInteger();
        Services seeded = Fixtures.seededRegion();
        Services services = new Services(seeded.region(), seeded.keyStore(), seeded.sealer(), seeded.clock(),
                seeded.random(), new OperationMetrics() {
                    @Override
                    public void record(String operation, long latencyMillis, String errorCode) {
                    }

                    @Override
                    public void auditPublishFailed() {
                        failuresCounted.incrementAndGet();
                    }
                }, event -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("EventBridge rejected the entry");
                }, seeded.audit(), seeded.scheduler(), seeded.regions());
        APIGatewayProxyRequestEvent request = EventLoader.loadApiGatewayRestEvent(
                "../events/data/GenerateCardValidationData.json");
        List<LogEvent> logged = new CopyOnWriteArrayList<>();
        Logger logger = (Logger) LogManager.getLogger("dev.paycrypto.service.audit.AuditDelivery");
        AbstractAppender capture = new AbstractAppender("capture", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                logged.add(event.toImmutable());
            }
        };
        capture.start();
        logger.addAppender(capture);
        try {
            APIGatewayProxyResponseEvent response = Fixtures.handler("data", "GenerateCardValidationData", services)
                    .handleRequest(request, null);
            assertThat(response.getStatusCode()).isEqualTo(200);
        } finally {
            logger.removeAppender(capture);
        }
        assertThat(attempts).hasValue(3);
        assertThat(failuresCounted).hasValue(1);
        LogEvent fallback = logged.stream().filter(event -> event.getMessage().getFormattedMessage()
                .contains("could not be published")).findFirst().orElseThrow();
        String record = java.util.Arrays.stream(fallback.getMessage().getParameters()).map(String::valueOf)
                .filter(text -> text.contains("auditRecord")).findFirst().orElseThrow();
        assertThat(record).contains("GenerateCardValidationData").contains("\"detail-type\":\"API Call\"");
        String pan = request.getBody().replaceAll(".*\"PrimaryAccountNumber\"\\s*:\\s*\"([0-9]+)\".*", "$1");
        assertThat(pan).matches("[0-9]{12,19}");
        assertThat(record).doesNotContain(pan);
    }
}
