package dev.paycrypto.app.events;

/**
 * A worker refused an event because it does not match the stored state it would act on (a key that is not what the
 * event says, a Region or account that is not the worker's, a detail it cannot read). Nothing was changed. Unlike
 * any other failure it is not worth a retry — the same event meets the same state — so the bus dead-letters it at
 * once, and the worker has published an {@code Event Refused} audit record of it.
 *
 * <p>The message is the reason, one line: it names keys, Regions and detail members, never key material or any
 * other secret, since it goes to the audit record, the log and the dead letter.
 */
public final class EventRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Enough for any reason the workers give; a longer one is cut (event text quoted in it could be anything). */
    private static final int MAX_REASON = 500;

    public EventRefusedException(String reason) {
        super(oneLine(reason), null, true, false);
    }

    /** Why the event was refused. */
    public String reason() {
        return getMessage();
    }

    /** Event members quoted in a reason are the sender's text: no line breaks or control characters, bounded. */
    private static String oneLine(String reason) {
        String line = reason.replaceAll("\\p{Cntrl}", " ");
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON) + "…";
    }
}
