package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.paycrypto.service.protocol.ServiceModel;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * template.yaml: valid for cfn-lint, and every function it declares names a handler that exists and is routed (an
 * operation) or is the target of a rule of the bus (a worker).
 */
class TemplateTest {

    private final List<FunctionDefinition> functions =
            TemplateReader.functions(TemplateReader.read(LocalService.TEMPLATE));

    @Test
    void everyFunctionNamesAnExistingHandlerForItsOperation() throws Exception {
        assertThat(functions).hasSizeGreaterThanOrEqualTo(19);
        for (FunctionDefinition function : functions) {
            Class<?> handler = Class.forName(function.handlerClass());
            if (function.handlerClass().contains(".workers.")) {
                // a worker: the target of at least one rule of the bus, with no API route
                assertThat(RequestStreamHandler.class).isAssignableFrom(handler);
                handler.getConstructor(Services.class);
                handler.getConstructor();
                assertThat(function.routes()).as(function.logicalId()).isEmpty();
                assertThat(function.rules()).as(function.logicalId()).isNotEmpty();
                continue;
            }
            assertThat(RequestHandler.class).isAssignableFrom(handler);
            assertThat(OperationFunction.class).isAssignableFrom(handler);
            handler.getConstructor(Services.class);
            handler.getConstructor();
            String operation = handler.getSimpleName();
            boolean control = function.handlerClass().contains(".control.");
            ServiceModel model = control ? ServiceModel.controlPlane() : ServiceModel.dataPlane();
            assertThat(model.find(operation)).as(operation + " is an operation of its model").isPresent();
            String expectedPath = control ? "/controlplane/" + operation : model.operation(operation).requestUri();
            assertThat(function.routes()).as(function.logicalId())
                    .containsExactly(new FunctionDefinition.Route("POST", expectedPath));
        }
    }

    @Test
    void passesCfnLint() throws IOException, InterruptedException {
        Process lint = new ProcessBuilder("cfn-lint", LocalService.TEMPLATE.toString()).redirectErrorStream(true)
                .start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(lint.exitValue()).as(output).isZero();
    }
}
