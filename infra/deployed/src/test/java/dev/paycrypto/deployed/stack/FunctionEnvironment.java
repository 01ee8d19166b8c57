package dev.paycrypto.deployed.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A function's environment as CloudFormation would set it from the template: {@code Globals} then the function's own
 * variables, each {@code !Ref}/{@code !GetAtt} resolved to what the backing services created and each parameter to
 * its default; then what points its SDK clients at the local backing services (the variables Lambda itself
 * defines, such as {@code AWS_REGION}, are {@code FunctionProcess}'s).
 * (The template is read as YAML without its tags, so {@code !Ref KeyTable} reads as {@code KeyTable}: a value that
 * names a resource or parameter is that reference.)
 */
public final class FunctionEnvironment {

    private FunctionEnvironment() {
    }

    public static Map<String, String> of(JsonNode template, String logicalId, BackingServices services) {
        Map<String, String> references = services.references();
        JsonNode parameters = template.path("Parameters");
        Map<String, String> environment = new LinkedHashMap<>();
        JsonNode global = template.path("Globals").path("Function").path("Environment").path("Variables");
        JsonNode own = template.path("Resources").path(logicalId).path("Properties").path("Environment")
                .path("Variables");
        for (JsonNode variables : new JsonNode[] {global, own}) {
            variables.properties().forEach(variable -> {
                String value = variable.getValue().asText();
                if (references.containsKey(value)) {
                    value = references.get(value);
                } else if (parameters.has(value)) {
                    value = parameters.path(value).path("Default").asText("");
                } else if (template.path("Resources").has(value.split("\\.")[0])) {
                    throw new IllegalStateException(logicalId + ": " + variable.getKey() + " refers to " + value
                            + ", which the local stack does not create");
                }
                environment.put(variable.getKey(), value);
            });
        }
        environment.putAll(services.endpointEnvironment());
        return environment;
    }
}
