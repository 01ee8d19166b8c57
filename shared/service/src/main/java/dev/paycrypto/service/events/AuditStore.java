package dev.paycrypto.service.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Where the audit worker keeps {@code API Call} records, durably: the embedded database locally (and DynamoDB
 * deployed, beside CloudWatch Logs). Appending is idempotent on the event id, since events arrive at least once.
 */
public interface AuditStore {

    /** Stores the record of an API Call event; returns false when the event was already stored. */
    boolean append(Event apiCall);

    /** The records of an account, oldest first, at most {@code limit}. */
    List<JsonNode> list(String account, int limit);
}
