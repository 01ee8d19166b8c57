package dev.paycrypto.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;

/** Creates the handler of one function of the template for one region; called once per (function, region). */
@FunctionalInterface
public interface FunctionFactory {

    RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> create(FunctionDefinition function,
                                                                                       String region);
}
