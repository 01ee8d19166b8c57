package dev.paycrypto.service.runtime;

import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * Operation metrics as CloudWatch embedded metric format, through Powertools' plain-call API (no AspectJ):
 * {@code Calls}, {@code Latency} and {@code Errors}, with the operation as dimension.
 */
public final class PowertoolsOperationMetrics implements OperationMetrics {

    private static final String NAMESPACE = "PayCrypto";

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
}
