package dev.paycrypto.app.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One event of the project's own source on the EventBridge bus. The detail types are the ones of
 * {@link DetailType}; {@link #envelope()} is the event as EventBridge hands it to a rule's target, which is also
 * what the rules' patterns match against.
 */
public record Event(String id, DetailType detailType, Instant time, String region, String account,
                    List<String> resources, JsonNode detail) {

    /** The {@code source} of every PayCrypto event. */
    public static final String SOURCE = "dev.paycrypto";

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(detailType, "detailType");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(account, "account");
        resources = List.copyOf(resources);
        Objects.requireNonNull(detail, "detail");
    }

    /** The event as delivered to targets: version, id, detail-type, source, account, time, region, resources, detail. */
    public ObjectNode envelope() {
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.put("version", "0");
        envelope.put("id", id);
        envelope.put("detail-type", detailType.text());
        envelope.put("source", SOURCE);
        envelope.put("account", account);
        envelope.put("time", time.toString());
        envelope.put("region", region);
        resources.forEach(envelope.putArray("resources")::add);
        envelope.set("detail", detail);
        return envelope;
    }

    /** An event read back from its envelope, as a worker receives it. */
    public static Event fromEnvelope(JsonNode envelope) {
        if (!SOURCE.equals(envelope.path("source").asText())) {
            throw new IllegalArgumentException("Not a PayCrypto event: source " + envelope.path("source").asText());
        }
        List<String> resources = new ArrayList<>();
        envelope.path("resources").forEach(resource -> resources.add(resource.asText()));
        return new Event(envelope.path("id").asText(), DetailType.of(envelope.path("detail-type").asText()),
                Instant.parse(envelope.path("time").asText()), envelope.path("region").asText(),
                envelope.path("account").asText(), resources, envelope.path("detail"));
    }
}
