package dev.paycrypto.service.events;

/**
 * A worker refused an event that does not match the stored state (forged, stale or out of order): nothing was
 * changed. Retrying cannot help, so the bus dead-letters it at once.
 */
public class EventRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EventRefusedException(String reason) {
        super(reason, null, false, false);
    }
}
