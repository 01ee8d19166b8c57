package dev.paycrypto.service.runtime;

/** Per-operation metrics: a count, a latency and an error count for each call. */
public interface OperationMetrics {

    /** Records one call of {@code operation}; {@code errorCode} is null on success. */
    void record(String operation, long latencyMillis, String errorCode);

    /** An API Call event could not be published, and its record went to the log instead (alarmed deployed). */
    default void auditPublishFailed() {
    }

    /** Metrics that go nowhere. */
    OperationMetrics NONE = (operation, latencyMillis, errorCode) -> { };
}
