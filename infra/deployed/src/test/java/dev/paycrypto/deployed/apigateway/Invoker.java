package dev.paycrypto.deployed.apigateway;

/**
 * Invokes a function synchronously, as API Gateway's Lambda proxy integration does: the proxy event in, the function's
 * result out. A function error, or a failure to invoke, is thrown; API Gateway answers it with a 502.
 */
@FunctionalInterface
public interface Invoker {

    /** The JSON the function returned for {@code eventJson}; {@code functionLogicalId} names it in the template. */
    String invoke(String functionLogicalId, String eventJson) throws Exception;
}
