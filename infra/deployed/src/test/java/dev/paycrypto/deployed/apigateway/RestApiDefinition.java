package dev.paycrypto.deployed.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a translated template declares for its one REST API: the stage ({@code AWS::ApiGateway::Stage}'s
 * {@code StageName}, a parameter's default when it is a {@code Ref}), and from the API's OpenAPI body every method,
 * its Lambda proxy integration (the function its {@code uri} names, through an alias or an {@code .Arn}) and whether
 * its security is a SigV4 ({@code awsSigv4}) scheme, and the binary media types.
 */
record RestApiDefinition(String restApiLogicalId, String stageName, List<Route> routes, List<String> binaryMediaTypes) {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch");
    private static final String ANY_METHOD = "x-amazon-apigateway-any-method";
    /** The function in a Lambda integration's URI: {@code .../functions/${Target}/invocations}. */
    private static final Pattern INTEGRATION_TARGET = Pattern.compile("/functions/\\$\\{([^}]+)}/invocations$");

    static RestApiDefinition from(JsonNode template) {
        JsonNode resources = template.path("Resources");
        String api = onlyOfType(resources, "AWS::ApiGateway::RestApi");
        JsonNode body = resources.path(api).path("Properties").path("Body");
        if (!body.isObject()) {
            throw new IllegalArgumentException("The REST API " + api + " has no OpenAPI Body");
        }
        List<Route> routes = new ArrayList<>();
        body.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String key = operation.getKey().toLowerCase(Locale.ROOT);
            if (!HTTP_METHODS.contains(key) && !key.equals(ANY_METHOD)) {
                return;
            }
            String method = key.equals(ANY_METHOD) ? Route.ANY : key.toUpperCase(Locale.ROOT);
            JsonNode spec = operation.getValue();
            routes.add(new Route(method, path.getKey(), integratedFunction(resources, path.getKey(), spec),
                    resourceId(path.getKey()), sigV4Secured(body, spec)));
        }));
        routes.sort(Comparator.comparing(Route::resourcePath).thenComparing(Route::httpMethod));
        List<String> binary = new ArrayList<>();
        body.path("x-amazon-apigateway-binary-media-types").forEach(type -> binary.add(type.asText()));
        resources.path(api).path("Properties").path("BinaryMediaTypes").forEach(type -> binary.add(type.asText()));
        return new RestApiDefinition(api, stageName(template, api), List.copyOf(routes), List.copyOf(binary));
    }

    /** The stage the template deploys the API to: its {@code AWS::ApiGateway::Stage}, not SAM's placeholder stage. */
    private static String stageName(JsonNode template, String api) {
        JsonNode resources = template.path("Resources");
        List<JsonNode> stages = new ArrayList<>();
        resources.properties().forEach(r -> {
            JsonNode properties = r.getValue().path("Properties");
            if ("AWS::ApiGateway::Stage".equals(r.getValue().path("Type").asText())
                    && api.equals(properties.path("RestApiId").path("Ref").asText())) {
                stages.add(properties.path("StageName"));
            }
        });
        if (stages.size() != 1) {
            throw new IllegalArgumentException("Expected one stage of " + api + ", found " + stages.size());
        }
        JsonNode name = stages.get(0);
        if (name.isTextual()) {
            return name.asText();
        }
        String parameter = name.path("Ref").asText();
        JsonNode defaultValue = template.path("Parameters").path(parameter).path("Default");
        if (parameter.isEmpty() || !defaultValue.isTextual()) {
            throw new IllegalArgumentException("The stage name is neither a name nor a parameter with a default: "
                    + name);
        }
        return defaultValue.asText();
    }

    /** The logical id of the function a method's {@code aws_proxy} integration invokes. */
    private static String integratedFunction(JsonNode resources, String path, JsonNode operation) {
        JsonNode integration = operation.path("x-amazon-apigateway-integration");
        if (!"aws_proxy".equals(integration.path("type").asText())) {
            throw new IllegalArgumentException(path + ": only Lambda proxy (aws_proxy) integrations are emulated, not "
                    + integration.path("type"));
        }
        JsonNode sub = integration.path("uri").path("Fn::Sub");
        String uri = sub.isArray() ? sub.path(0).asText() : sub.asText();
        Matcher target = INTEGRATION_TARGET.matcher(uri);
        if (!target.find()) {
            throw new IllegalArgumentException(path + ": an integration URI that names no function: " + integration);
        }
        String reference = target.group(1);
        // ${Fn.Arn} or ${Fn.Alias} name the function by an attribute; ${FnAliaslive} is SAM's alias resource
        String logicalId = reference.contains(".") ? reference.substring(0, reference.indexOf('.')) : reference;
        return functionBehind(resources, logicalId, path);
    }

    private static String functionBehind(JsonNode resources, String logicalId, String path) {
        JsonNode resource = resources.path(logicalId);
        switch (resource.path("Type").asText()) {
            case "AWS::Lambda::Function":
                return logicalId;
            case "AWS::Lambda::Alias": {
                JsonNode function = resource.path("Properties").path("FunctionName");
                String target = function.has("Ref") ? function.path("Ref").asText()
                        : function.path("Fn::GetAtt").path(0).asText();
                return functionBehind(resources, target, path);
            }
            default:
                throw new IllegalArgumentException(path + ": the integration names " + logicalId
                        + ", which is not a function or an alias of one");
        }
    }

    /** Whether a method requires SigV4: its own security (or else the API's) names an {@code awsSigv4} scheme. */
    private static boolean sigV4Secured(JsonNode body, JsonNode operation) {
        JsonNode security = operation.has("security") ? operation.path("security") : body.path("security");
        Set<String> schemes = new HashSet<>();
        security.forEach(requirement -> requirement.fieldNames().forEachRemaining(schemes::add));
        JsonNode definitions = body.path("securityDefinitions");
        for (String scheme : schemes) {
            JsonNode definition = definitions.path(scheme);
            if (definition.isMissingNode()) {
                throw new IllegalArgumentException("A method's security names an undefined scheme " + scheme);
            }
            if ("awsSigv4".equals(definition.path("x-amazon-apigateway-authtype").asText())) {
                return true;
            }
            throw new IllegalArgumentException("Only SigV4 (AWS_IAM) security is emulated, not " + scheme);
        }
        return false;
    }

    private static String onlyOfType(JsonNode resources, String type) {
        List<String> found = new ArrayList<>();
        resources.properties().forEach(r -> {
            if (type.equals(r.getValue().path("Type").asText())) {
                found.add(r.getKey());
            }
        });
        if (found.size() != 1) {
            throw new IllegalArgumentException("Expected one " + type + ", found " + found);
        }
        return found.get(0);
    }

    /** A stable stand-in for the id API Gateway gives a resource: six base-36 characters of its path's digest. */
    private static String resourceId(String path) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 5; i++) {
                value = (value << 8) | (digest[i] & 0xFF);
            }
            String id = Long.toString(value % 2_176_782_336L, 36); // 36^6
            return "0".repeat(6 - id.length()) + id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The routes by the logical id of the function each invokes. */
    Map<String, List<Route>> byFunction() {
        Map<String, List<Route>> byFunction = new java.util.TreeMap<>();
        routes.forEach(route -> byFunction.computeIfAbsent(route.functionLogicalId(), k -> new ArrayList<>()).add(route));
        byFunction.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Collections.unmodifiableMap(byFunction);
    }
}
