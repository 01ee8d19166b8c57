package dev.paycrypto.local;

import java.util.List;

/** One {@code AWS::Serverless::Function} of the template: its handler class and its API routes. */
public record FunctionDefinition(String logicalId, String handlerClass, List<Route> routes) {

    /** An {@code Api} event of a function. */
    public record Route(String method, String path) {
    }

    public FunctionDefinition {
        routes = List.copyOf(routes);
    }
}
