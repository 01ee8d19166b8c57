package dev.paycrypto.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import dev.paycrypto.app.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * Where parsed templates are kept, by the digest of their text, when set ({@code run.sh} sets it): reading the
     * template's YAML is a tenth of a start, reading the same tree back as JSON a fiftieth.
     */
    static final String CACHE_PROPERTY = "paycrypto.template.cache";

    /** Reads a template file, or the template bundled with the runtime when {@code template} is null. */
    public static JsonNode read(Path template) {
        byte[] text;
        try {
            if (template == null) {
                try (java.io.InputStream bundled = TemplateReader.class.getResourceAsStream("/template.yaml")) {
                    if (bundled == null) {
                        throw new IllegalArgumentException("No template.yaml found; pass --template FILE");
                    }
                    text = bundled.readAllBytes();
                }
            } else {
                text = Files.readAllBytes(template);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template " + template, e);
        }
        String cacheDirectory = System.getProperty(CACHE_PROPERTY);
        Path cached = cacheDirectory == null ? null : Path.of(cacheDirectory, "template-" + digest(text) + ".json");
        if (cached != null && Files.isRegularFile(cached)) {
            try {
                return JsonCodec.mapper().readTree(cached.toFile());
            } catch (IOException e) {
                // an unreadable cache entry is read from the YAML again, and rewritten
            }
        }
        JsonNode tree;
        try {
            tree = new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template " + template, e);
        }
        if (cached != null) {
            try {
                Files.createDirectories(cached.getParent());
                Path partial = Files.createTempFile(cached.getParent(), "template-", ".partial");
                Files.write(partial, JsonCodec.write(tree).getBytes(StandardCharsets.UTF_8));
                Files.move(partial, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                // the cache only saves time
            }
        }
        return tree;
    }

    private static String digest(byte[] text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An {@code AWS::Events::Rule} on a {@code rate(...)} schedule whose target's {@code InputTransformer} builds a
     * PayCrypto event: its period, whether it is enabled, and the input template ({@code <id>}, {@code <account>},
     * {@code <time>}, {@code <region>} are the scheduled event's own).
     */
    public record ScheduledRule(String name, Duration period, boolean enabled, String inputTemplate) {
    }

    /** The template's rate-scheduled rules (cron schedules are not run locally). */
    public static List<ScheduledRule> scheduledRules(JsonNode template) {
        List<ScheduledRule> rules = new ArrayList<>();
        template.path("Resources").properties().forEach(resource -> {
            JsonNode properties = resource.getValue().path("Properties");
            Matcher rate = RATE.matcher(properties.path("ScheduleExpression").asText(""));
            if (!"AWS::Events::Rule".equals(resource.getValue().path("Type").asText()) || !rate.matches()) {
                return;
            }
            long amount = Long.parseLong(rate.group(1));
            Duration period = switch (rate.group(2)) {
                case "minute", "minutes" -> Duration.ofMinutes(amount);
                case "hour", "hours" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
            properties.path("Targets").forEach(target -> {
                String input = target.path("InputTransformer").path("InputTemplate").asText(null);
                if (input != null) {
                    rules.add(new ScheduledRule(resource.getKey(), period,
                            "ENABLED".equals(properties.path("State").asText("ENABLED")), input));
                }
            });
        });
        return rules;
    }

    private static final Pattern RATE = Pattern.compile("rate\\((\\d+) (minutes?|hours?|days?)\\)");

    public static List<FunctionDefinition> functions(JsonNode template) {
        JsonNode globals = template.path("Globals").path("Function");
        List<FunctionDefinition> functions = new ArrayList<>();
        template.path("Resources").properties().forEach(resource -> {
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
            properties.path("Events").properties().forEach(named -> {
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
