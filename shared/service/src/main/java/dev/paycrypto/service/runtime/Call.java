package dev.paycrypto.service.runtime;

import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.keys.KeyResolver;
import java.time.Instant;

/** One call of an operation: its caller, the services of the caller's Region, and its instant. */
public final class Call {

    private final Caller caller;
    private final Services services;
    private final Instant now;

    public Call(Caller caller, Services services) {
        this.caller = caller;
        this.services = services;
        this.now = services.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    public Caller caller() {
        return caller;
    }

    public Services services() {
        return services;
    }

    public String account() {
        return caller.account();
    }

    public String region() {
        return services.region();
    }

    /** The time of the call, read once so that one call sees one instant. */
    public Instant now() {
        return now;
    }

    /** What a use case knows of this call. */
    public CallContext context() {
        return new CallContext(caller.account(), services.region(), now, caller.principal());
    }

    /** Resolves key identifiers for this caller. */
    public KeyResolver keys() {
        return new KeyResolver(services.keyStore(), services.region(), caller.account());
    }
}
