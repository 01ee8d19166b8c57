package dev.paycrypto.app.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The {@code Event Refused} audit record: which event a worker refused, and why. Its detail names the refused
 * event's id and detail type, the worker and the reason — never the refused event's detail, which is the sender's
 * text. Every delivery of the same refused event to the same worker makes the same record (same id, same time), so
 * redeliveries leave one record in the audit store.
 */
public final class EventRefusals {

    private EventRefusals() {
    }

    /**
     * The record of {@code worker} (in {@code region}) refusing {@code refused}. It is dated by the refused event, not
     * by the clock, so that a redelivery refused later makes the identical record; it belongs to the account the
     * refused event claimed to act for.
     */
    public static Event refusal(Event refused, String worker, String region, EventRefusedException reason) {
        ObjectNode detail = JsonNodeFactory.instance.objectNode();
        detail.put("refusedEventId", refused.id());
        detail.put("refusedDetailType", refused.detailType().text());
        detail.put("worker", worker);
        detail.put("reason", reason.reason());
        return new Event(recordId(refused.id(), worker), DetailType.EVENT_REFUSED, refused.time(), region,
                refused.account(), List.of(), detail);
    }

    /**
     * The id of the record of an {@code Event Refused} event, from its detail. Deployed, EventBridge gives every
     * published event an id of its own, so the audit worker derives the record's id again rather than trusting the
     * envelope's.
     */
    public static String recordId(Event eventRefused) {
        JsonNode refusedEventId = eventRefused.detail().get("refusedEventId");
        JsonNode worker = eventRefused.detail().get("worker");
        if (refusedEventId == null || !refusedEventId.isTextual() || worker == null || !worker.isTextual()) {
            throw new EventRefusedException("An Event Refused names its refusedEventId and worker");
        }
        return recordId(refusedEventId.asText(), worker.asText());
    }

    /** A name-based UUID of the refused event and the worker: the same for every delivery of that event to it. */
    private static String recordId(String refusedEventId, String worker) {
        return UUID.nameUUIDFromBytes(("Event Refused/" + worker + "/" + refusedEventId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
