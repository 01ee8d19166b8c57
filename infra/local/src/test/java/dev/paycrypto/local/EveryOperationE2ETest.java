package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the two vendored service models answers a signed request as an operation the service knows:
 * for an empty request, its own answer or a validation error, never {@code UnknownOperationException}. The
 * operations are read from the models, so an operation added to them and not served fails here.
 */
class EveryOperationE2ETest {

    private static final String MODELS = "/dev/paycrypto/api/models/";
    private static LocalService service;

    @BeforeAll
    static void start() {
        service = new LocalService();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void everyOperationOfBothModelsIsServed() throws Exception {
        JsonNode control = model("payment-cryptography.json");
        JsonNode data = model("payment-cryptography-data.json");
        List<String> unknown = new ArrayList<>();
        int asked = 0;
        String targetPrefix = control.path("metadata").path("targetPrefix").asText();
        for (Iterator<String> names = control.path("operations").fieldNames(); names.hasNext(); asked++) {
            String name = names.next();
            HttpResponse<String> response = RawRequests.send(service.endpoint(), RawRequests.Signer.DEFAULT, "POST",
                    "/", Map.of("X-Amz-Target", targetPrefix + "." + name,
                            "Content-Type", "application/x-amz-json-1.0"), "{}");
            record(unknown, name, response);
        }
        for (Map.Entry<String, JsonNode> operation : data.path("operations").properties()) {
            asked++;
            JsonNode http = operation.getValue().path("http");
            String path = http.path("requestUri").asText().replaceAll("\\{[A-Za-z]+}", "alias%2Fnone");
            HttpResponse<String> response = RawRequests.send(service.endpoint(), RawRequests.Signer.DEFAULT,
                    http.path("method").asText(), path, Map.of("Content-Type", "application/json"), "{}");
            record(unknown, operation.getKey(), response);
        }
        assertThat(asked).as("operations in the two models").isEqualTo(47);
        assertThat(unknown).as("operations answered as unknown").isEmpty();
    }

    private static void record(List<String> unknown, String operation, HttpResponse<String> response) {
        String type = response.headers().firstValue("x-amzn-ErrorType").orElse("");
        if (type.startsWith("UnknownOperationException") || response.body().contains("UnknownOperation")
                || response.statusCode() == 404 && !type.startsWith("ResourceNotFoundException")) {
            unknown.add(operation + " (" + response.statusCode() + " " + type + ")");
        }
    }

    private static JsonNode model(String file) throws Exception {
        try (InputStream in = EveryOperationE2ETest.class.getResourceAsStream(MODELS + file)) {
            assertThat(in).as(file).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
