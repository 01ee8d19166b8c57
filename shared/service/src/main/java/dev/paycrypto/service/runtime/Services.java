package dev.paycrypto.service.runtime;

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
public record Services(String region, KeyStore keyStore, KeyMaterialSealer sealer, Clock clock, SecureRandom random,
                       OperationMetrics metrics, EventBus events, AuditStore audit, EventScheduler scheduler,
                       Regions regions) {

    public Services {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(keyStore, "keyStore");
        Objects.requireNonNull(sealer, "sealer");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(regions, "regions");
    }
}
