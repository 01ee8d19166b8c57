package dev.paycrypto.service.runtime;

import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * Operation metrics as CloudWatch embedded metric format, through Powertools' plain-call API (no AspectJ):
 * {@code Calls}, {@code Latency} and {@code Errors}, with the operation as dimension; and
 * {@code AuditPublishFailures}, with the service as dimension.
 */
public final class PowertoolsOperationMetrics implements OperationMetrics {

    private static final String NAMESPACE = "PayCrypto";
    /** The dimension of the service-wide metrics the template's alarms watch (Powertools' service name). */
    private static final String SERVICE = System.getenv().getOrDefault("POWERTOOLS_SERVICE_NAME", "paycrypto");

    @Override
    public void record(String operation, long latencyMillis, String errorCode) {
        Metrics metrics = MetricsFactory.getMetricsInstance();
        metrics.flushMetrics(m -> {
            m.setNamespace(NAMESPACE);
            m.addDimension(DimensionSet.of("Operation", operation));
            m.addMetric("Calls", 1, MetricUnit.COUNT);
            m.addMetric("Latency", latencyMillis, MetricUnit.MILLISECONDS);
            m.addMetric("Errors", errorCode == null ? 0 : 1, MetricUnit.COUNT);
        });
    }

    @Override
    public void auditPublishFailed() {
        MetricsFactory.getMetricsInstance().flushMetrics(m -> {
            m.setNamespace(NAMESPACE);
            m.addDimension(DimensionSet.of("Service", SERVICE));
            m.addMetric("AuditPublishFailures", 1, MetricUnit.COUNT);
        });
    }
}
