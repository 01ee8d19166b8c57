package dev.paycrypto.app.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.keys.StoredKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** The events of a key's scheduled deletion; their details name the key, never its material. */
public final class KeyEvents {

    private KeyEvents() {
    }

    public static Event deletionScheduled(StoredKey key, String region, Instant now) {
        return event(DetailType.KEY_DELETION_SCHEDULED, key, region, now);
    }

    /** The event the one-time schedule publishes at the key's pending time. */
    public static Event purgeDue(StoredKey key, String region) {
        return event(DetailType.KEY_PURGE_DUE, key, region, key.deletePendingTimestamp());
    }

    public static Event deleted(StoredKey key, String region, Instant now) {
        return event(DetailType.KEY_DELETED, key, region, now);
    }

    /** Add/RemoveKeyReplicationRegions asks the replication worker to add and remove replicas of a primary. */
    public static Event replicationRequested(StoredKey key, String region, Instant now, List<String> add,
                                             List<String> remove) {
        Event event = event(DetailType.KEY_REPLICATION_REQUESTED, key, region, now);
        ObjectNode detail = (ObjectNode) event.detail();
        add.forEach(detail.putArray("addRegions")::add);
        remove.forEach(detail.putArray("removeRegions")::add);
        return event;
    }

    /** The name of a key's one-time purge schedule (unique per key, at most 64 characters). */
    public static String purgeScheduleName(StoredKey key) {
        return "paycrypto-purge-" + key.account() + "-" + key.keyId();
    }

    private static Event event(DetailType type, StoredKey key, String region, Instant time) {
        ObjectNode detail = JsonNodeFactory.instance.objectNode();
        detail.put("keyArn", key.keyArn());
        detail.put("keyId", key.keyId());
        detail.put("keyState", key.keyState().name());
        if (key.deletePendingTimestamp() != null) {
            detail.put("deletePendingTimestamp", key.deletePendingTimestamp().toString());
        }
        return new Event(UniqueIds.timeOrderedUuid(), type, time, region, key.account(), List.of(key.keyArn()),
                detail);
    }

    /** The key id a key event names; an event that names none is refused. */
    public static String keyId(Event event) {
        JsonNode id = event.detail().get("keyId");
        if (id == null || !id.isTextual()) {
            throw new EventRefusedException("A " + event.detailType().text() + " event names its keyId");
        }
        return id.asText();
    }

    /**
     * Whether a scheduled-deletion event is about the key's current deletion: its {@code deletePendingTimestamp} is
     * the key's. Compared to the millisecond, the precision the key stores keep (DeleteKey's event is built from the
     * key before it is stored). A key restored and deleted again has a new pending time, so the first deletion's
     * events no longer match it. An event without a readable pending time is refused.
     */
    public static boolean isCurrentDeletion(Event event, StoredKey key) {
        JsonNode text = event.detail().get("deletePendingTimestamp");
        Instant pending;
        try {
            pending = Instant.parse(text == null ? "" : text.asText());
        } catch (DateTimeParseException e) {
            throw new EventRefusedException("A " + event.detailType().text()
                    + " event names its deletePendingTimestamp as an ISO-8601 instant");
        }
        return key.deletePendingTimestamp() != null && key.deletePendingTimestamp().truncatedTo(ChronoUnit.MILLIS)
                .equals(pending.truncatedTo(ChronoUnit.MILLIS));
    }
}
