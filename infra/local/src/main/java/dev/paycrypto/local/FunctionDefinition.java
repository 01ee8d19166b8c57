package dev.paycrypto.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One {@code AWS::Serverless::Function} of the template: its handler class, its API routes and its event rules. */
public record FunctionDefinition(String logicalId, String handlerClass, List<Route> routes, List<EventRule> rules) {

    /** An {@code Api} event of a function. */
    public record Route(String method, String path) {
    }

    /**
     * An {@code EventBridgeRule} event of a function: the rule's pattern, and how often a failed delivery is
     * retried before the event goes to the dead-letter store.
     */
    public record EventRule(String name, JsonNode pattern, int maximumRetryAttempts) {
    }

    public FunctionDefinition {
        routes = List.copyOf(routes);
        rules = List.copyOf(rules);
    }
}
