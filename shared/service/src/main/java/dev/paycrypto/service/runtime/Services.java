package dev.paycrypto.service.runtime;

import dev.paycrypto.app.UseCases;
import dev.paycrypto.keys.KeyMaterialSealer;
import dev.paycrypto.keys.store.KeyStore;
import dev.paycrypto.app.events.AuditStore;
import dev.paycrypto.app.events.EventBus;
import dev.paycrypto.app.events.EventScheduler;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

/**
 * What an operation may use, for one region: the ports (keys, events, audit, scheduler, the other Regions) and the
 * injected clock and randomness. The local
 * runtime builds one per region with the embedded adapters; a deployed function builds one from its environment
 * ({@link DeployedServices}).
 */
public final class Services {

    private final String region;
    private final KeyStore keyStore;
    private final KeyMaterialSealer sealer;
    private final Clock clock;
    private final SecureRandom random;
    private final OperationMetrics metrics;
    private final EventBus events;
    private final AuditStore audit;
    private final EventScheduler scheduler;
    private final Regions regions;
    private final UseCases useCases;

    public Services(String region, KeyStore keyStore, KeyMaterialSealer sealer, Clock clock, SecureRandom random,
                    OperationMetrics metrics, EventBus events, AuditStore audit, EventScheduler scheduler,
                    Regions regions) {
        this.region = Objects.requireNonNull(region, "region");
        this.keyStore = Objects.requireNonNull(keyStore, "keyStore");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.events = Objects.requireNonNull(events, "events");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.regions = Objects.requireNonNull(regions, "regions");
        this.useCases = new UseCases(keyStore, sealer, random, events, scheduler);
    }

    public String region() {
        return region;
    }

    public KeyStore keyStore() {
        return keyStore;
    }

    public KeyMaterialSealer sealer() {
        return sealer;
    }

    public Clock clock() {
        return clock;
    }

    public SecureRandom random() {
        return random;
    }

    public OperationMetrics metrics() {
        return metrics;
    }

    public EventBus events() {
        return events;
    }

    public AuditStore audit() {
        return audit;
    }

    public EventScheduler scheduler() {
        return scheduler;
    }

    public Regions regions() {
        return regions;
    }

    /** The Region's use cases, built once over these ports. */
    public UseCases useCases() {
        return useCases;
    }
}
