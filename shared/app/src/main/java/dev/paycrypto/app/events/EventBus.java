package dev.paycrypto.app.events;

/**
 * The one way events leave an operation: EventBridge when deployed, the in-process bus of the local runtime
 * (which matches the template's rules with AWS's own pattern matcher) when local.
 */
public interface EventBus {

    /** A bus that drops every event, for code that runs without one (unit tests of single functions). */
    EventBus NONE = event -> { };

    void publish(Event event);
}
