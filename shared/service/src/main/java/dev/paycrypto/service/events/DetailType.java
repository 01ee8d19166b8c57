package dev.paycrypto.service.events;

/** The detail types PayCrypto publishes; each has a JSON Schema of its detail under {@code events/schemas/}. */
public enum DetailType {
    API_CALL("API Call");

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
