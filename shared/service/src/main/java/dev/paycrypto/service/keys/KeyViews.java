package dev.paycrypto.service.keys;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.keys.KeyReplication;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.json.JsonCodec;
import java.time.Instant;

/** The API's views of a key: the {@code Key} and {@code KeySummary} shapes. Nothing secret is in either. */
public final class KeyViews {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private KeyViews() {
    }

    /** {@code {"Key": {...}}}, the response of most key operations. */
    public static ObjectNode keyResponse(StoredKey key) {
        ObjectNode response = JSON.objectNode();
        response.set("Key", key(key));
        return response;
    }

    public static ObjectNode key(StoredKey key) {
        ObjectNode node = JSON.objectNode();
        node.put("KeyArn", key.keyArn());
        node.set("KeyAttributes", attributes(key.attributes()));
        node.put("KeyCheckValue", key.keyCheckValue());
        node.put("KeyCheckValueAlgorithm", key.keyCheckValueAlgorithm().name());
        node.put("Enabled", key.enabled());
        node.put("Exportable", key.exportable());
        node.put("KeyState", key.keyState().name());
        node.put("KeyOrigin", key.keyOrigin().name());
        timestamp(node, "CreateTimestamp", key.createTimestamp());
        timestamp(node, "UsageStartTimestamp", key.usageStartTimestamp());
        timestamp(node, "UsageStopTimestamp", key.usageStopTimestamp());
        timestamp(node, "DeletePendingTimestamp", key.deletePendingTimestamp());
        timestamp(node, "DeleteTimestamp", key.deleteTimestamp());
        if (key.deriveKeyUsage() != null) {
            node.put("DeriveKeyUsage", key.deriveKeyUsage().name());
        }
        KeyReplication replication = key.replication();
        if (replication != null) {
            multiRegion(node, replication);
            node.put("UsingDefaultReplicationRegions", replication.usingDefaultRegions());
            if (replication.role() == KeyReplication.Role.PRIMARY) {
                ObjectNode statuses = node.putObject("ReplicationStatus");
                replication.regions().forEach((region, status) -> {
                    ObjectNode entry = statuses.putObject(region);
                    entry.put("Status", status.status());
                    if (status.message() != null) {
                        entry.put("StatusMessage", status.message());
                    }
                });
            }
        }
        return node;
    }

    private static void multiRegion(ObjectNode node, KeyReplication replication) {
        node.put("MultiRegionKeyType", replication.role().name());
        node.put("PrimaryRegion", replication.primaryRegion());
    }

    public static ObjectNode summary(StoredKey key) {
        ObjectNode node = JSON.objectNode();
        node.put("KeyArn", key.keyArn());
        node.put("KeyState", key.keyState().name());
        node.set("KeyAttributes", attributes(key.attributes()));
        node.put("KeyCheckValue", key.keyCheckValue());
        node.put("Exportable", key.exportable());
        node.put("Enabled", key.enabled());
        if (key.replication() != null) {
            multiRegion(node, key.replication());
        }
        return node;
    }

    public static ObjectNode attributes(KeyAttributes attributes) {
        ObjectNode node = JSON.objectNode();
        node.put("KeyUsage", attributes.keyUsage().name());
        node.put("KeyClass", attributes.keyClass().name());
        node.put("KeyAlgorithm", attributes.keyAlgorithm().name());
        node.set("KeyModesOfUse", modes(attributes.keyModesOfUse()));
        return node;
    }

    private static ObjectNode modes(KeyModesOfUse modes) {
        ObjectNode node = JSON.objectNode();
        for (KeyModesOfUse.Mode mode : KeyModesOfUse.Mode.values()) {
            node.put(mode.wireName(), modes.has(mode));
        }
        return node;
    }

    private static void timestamp(ObjectNode node, String member, Instant value) {
        if (value != null) {
            node.set(member, JsonCodec.timestamp(value));
        }
    }
}
