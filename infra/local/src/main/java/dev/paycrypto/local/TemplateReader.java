package dev.paycrypto.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the SAM template the way the local runtime needs it: the functions, their handler classes (with the
 * {@code Globals.Function} defaults), their API routes and their EventBridge rules. CloudFormation short-form tags ({@code !Ref},
 * {@code !Sub}) are read as their plain values, which is all the routing needs.
 */
public final class TemplateReader {

    /** Retries of a rule's target when the template sets none (EventBridge's own default is 185, over a day). */
    static final int DEFAULT_RETRIES = 2;

    private TemplateReader() {
    }

    /** Reads a template file, or the template bundled with the runtime when {@code template} is null. */
    public static JsonNode read(Path template) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try {
            if (template == null) {
                try (java.io.InputStream bundled = TemplateReader.class.getResourceAsStream("/template.yaml")) {
                    if (bundled == null) {
                        throw new IllegalArgumentException("No template.yaml found; pass --template FILE");
                    }
                    return yaml.readTree(bundled);
                }
            }
            return yaml.readTree(template.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template " + template, e);
        }
    }

    public static List<FunctionDefinition> functions(JsonNode template) {
        JsonNode globals = template.path("Globals").path("Function");
        List<FunctionDefinition> functions = new ArrayList<>();
        template.path("Resources").fields().forEachRemaining(resource -> {
            JsonNode definition = resource.getValue();
            if (!"AWS::Serverless::Function".equals(definition.path("Type").asText())) {
                return;
            }
            JsonNode properties = definition.path("Properties");
            String handler = properties.path("Handler").asText(globals.path("Handler").asText(null));
            if (handler == null) {
                throw new IllegalArgumentException("Function " + resource.getKey() + " has no Handler");
            }
            List<FunctionDefinition.Route> routes = new ArrayList<>();
            List<FunctionDefinition.EventRule> rules = new ArrayList<>();
            properties.path("Events").fields().forEachRemaining(named -> {
                JsonNode event = named.getValue();
                JsonNode eventProperties = event.path("Properties");
                switch (event.path("Type").asText()) {
                    case "Api" -> routes.add(new FunctionDefinition.Route(
                            eventProperties.path("Method").asText("post").toUpperCase(),
                            eventProperties.path("Path").asText()));
                    case "EventBridgeRule" -> rules.add(new FunctionDefinition.EventRule(
                            resource.getKey() + "." + named.getKey(), eventProperties.path("Pattern"),
                            eventProperties.path("RetryPolicy").path("MaximumRetryAttempts").asInt(DEFAULT_RETRIES)));
                    default -> { }
                }
            });
            int separator = handler.indexOf("::");
            functions.add(new FunctionDefinition(resource.getKey(),
                    separator < 0 ? handler : handler.substring(0, separator), routes, rules));
        });
        return functions;
    }
}
