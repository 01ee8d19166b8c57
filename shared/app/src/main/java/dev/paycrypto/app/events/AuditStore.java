package dev.paycrypto.app.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Where the audit worker keeps {@code API Call} records, durably: the embedded database locally (and DynamoDB
 * deployed, beside CloudWatch Logs). Appending is idempotent on the event id, since events arrive at least once.
 */
public interface AuditStore {

    /**
     * Stores the record of an event once: a record whose event id is stored already changes nothing. A store may
     * make it durable after returning, within its commit window (the local store commits in groups); see
     * {@link #flush}.
     */
    void append(Event record);

    /** Returns once every record appended before the call is durable. */
    default void flush() {
    }

    /** The records of an account, oldest first, at most {@code limit}. */
    List<JsonNode> list(String account, int limit);
}
