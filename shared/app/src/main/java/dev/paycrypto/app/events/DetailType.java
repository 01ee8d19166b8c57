package dev.paycrypto.app.events;

/** The detail types PayCrypto publishes; each has a JSON Schema of its detail under {@code events/schemas/}. */
public enum DetailType {
    API_CALL("API Call"),
    /** DeleteKey put a key in DELETE_PENDING; the scheduler is asked for a Key Purge Due at its pending time. */
    KEY_DELETION_SCHEDULED("Key Deletion Scheduled"),
    /** A key's pending time has come (published by the one-time schedule); the purge worker acts on it. */
    KEY_PURGE_DUE("Key Purge Due"),
    /**
     * The safety net of scheduled deletion (a daily rule, and the local runtime at start): every key already due
     * gets its Key Purge Due again.
     */
    KEY_PURGE_SWEEP("Key Purge Sweep"),
    /** The purge worker deleted a key and unassigned its aliases. */
    KEY_DELETED("Key Deleted"),
    /** Asks the rotation worker to give an alias a new key of the same kind (by a rule's schedule or by hand). */
    KEY_ROTATION_REQUESTED("Key Rotation Requested"),
    /** The rotation worker moved an alias to a new key; the previous key stays usable. */
    KEY_ROTATED("Key Rotated"),
    /** Add/RemoveKeyReplicationRegions changed a primary key's Regions; the replication worker makes it so. */
    KEY_REPLICATION_REQUESTED("Key Replication Requested"),
    /**
     * The approval team's decision about a multi-party approval session (detail {@code {"sessionArn": ...,
     * "decision": "APPROVED"|"REJECTED", "comment": ...}}), put on the bus by the team (locally: the side endpoint
     * {@code POST /_paycrypto/mpa/decisions}); the approval worker acts on it.
     */
    MPA_APPROVAL_DECISION("MPA Approval Decision"),
    /** The approval worker decided a session (detail: its ARN, purpose, action, status and the key or team ARN). */
    MPA_SESSION_DECIDED("MPA Session Decided"),
    /**
     * A worker refused an event that did not match the stored state (and changed nothing); the audit keeps the
     * refusal. Published by every worker but the audit worker, which stores its own refusals directly.
     */
    EVENT_REFUSED("Event Refused");

    private final String text;

    DetailType(String text) {
        this.text = text;
    }

    /** The {@code detail-type} as it appears on the bus. */
    public String text() {
        return text;
    }

    public static DetailType of(String text) {
        for (DetailType type : values()) {
            if (type.text.equals(text)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown detail type " + text);
    }
}
