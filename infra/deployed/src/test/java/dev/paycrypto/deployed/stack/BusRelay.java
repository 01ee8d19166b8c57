package dev.paycrypto.deployed.stack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.local.FunctionDefinition;
import dev.paycrypto.app.json.JsonCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The bus path the template declares, on moto's EventBridge: each worker's {@code EventBridgeRule} becomes a rule
 * on the stack's bus with the template's pattern, matched by moto; its target is an SQS queue (moto's EventBridge
 * delivers to SQS, not to a Lambda function it does not run), which this relay drains into the worker, as
 * EventBridge would invoke it asynchronously. What moto does not emulate — the rules' retry policies and dead-letter
 * queues — is not emulated here either: a delivery that fails is kept in {@link #failures()} for the tests. One field
 * moto leaves out of what it delivers, the event's {@code account} (EventBridge sets it to the bus owner's), is set
 * here to the stack's account.
 */
public final class BusRelay implements AutoCloseable {

    /** Invokes a worker function with one event, as EventBridge's asynchronous invocation would. */
    public interface Target {
        void deliver(String functionLogicalId, String eventJson) throws Exception;
    }

    private record Route(String functionLogicalId, String queueUrl) {
    }

    private final BackingServices services;
    private final Target target;
    private final List<Route> routes = new ArrayList<>();
    private final List<Thread> pollers = new ArrayList<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicInteger delivered = new AtomicInteger();
    private volatile boolean running = true;

    public BusRelay(BackingServices services, List<FunctionDefinition> functions, Target target) {
        this.services = services;
        this.target = target;
        for (FunctionDefinition function : functions) {
            for (FunctionDefinition.EventRule rule : function.rules()) {
                String ruleName = rule.name().replace('.', '-');
                String queueUrl = services.sqs().createQueue(r -> r.queueName("relay-" + ruleName)
                        .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "60"))).queueUrl();
                String queueArn = services.sqs().getQueueAttributes(r -> r.queueUrl(queueUrl)
                        .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
                services.eventBridge().putRule(r -> r.name(ruleName).eventBusName(services.busName())
                        .eventPattern(JsonCodec.write(rule.pattern())));
                services.eventBridge().putTargets(r -> r.rule(ruleName).eventBusName(services.busName())
                        .targets(software.amazon.awssdk.services.eventbridge.model.Target.builder()
                                .id(function.logicalId()).arn(queueArn).build()));
                routes.add(new Route(function.logicalId(), queueUrl));
            }
        }
        for (Route route : routes) {
            Thread poller = new Thread(() -> drain(route), "bus-relay-" + route.functionLogicalId());
            poller.setDaemon(true);
            poller.start();
            pollers.add(poller);
        }
    }

    private void drain(Route route) {
        while (running) {
            List<Message> messages;
            try {
                messages = services.sqs().receiveMessage(r -> r.queueUrl(route.queueUrl()).maxNumberOfMessages(10)
                        .waitTimeSeconds(1)).messages();
            } catch (RuntimeException e) {
                if (running) {
                    failures.add(route.functionLogicalId() + ": the relay could not read its queue: " + e);
                }
                return;
            }
            for (Message message : messages) {
                try {
                    target.deliver(route.functionLogicalId(), withAccount(message.body()));
                    delivered.incrementAndGet();
                } catch (Exception e) {
                    failures.add(route.functionLogicalId() + ": " + e.getMessage());
                }
                services.sqs().deleteMessage(r -> r.queueUrl(route.queueUrl()).receiptHandle(message.receiptHandle()));
            }
        }
    }

    private static String withAccount(String body) {
        ObjectNode event = (ObjectNode) JsonCodec.parse(body);
        if (!event.hasNonNull("account")) {
            event.put("account", BackingServices.ACCOUNT);
        }
        return JsonCodec.write(event);
    }

    /** Deliveries a worker failed (the events EventBridge would have retried, then dead-lettered). */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    public int delivered() {
        return delivered.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread poller : pollers) {
            poller.join(3000);
        }
    }
}
