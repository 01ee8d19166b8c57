package dev.paycrypto.deployed;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** The cold-start benchmark's floor: a handler that answers at once, packaged as the functions are. */
public final class HelloWorldHandler implements RequestHandler<Map<String, Object>, String> {

    @Override
    public String handleRequest(Map<String, Object> input, Context context) {
        return "hello " + input.getOrDefault("name", "world");
    }
}
