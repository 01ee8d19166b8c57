package dev.paycrypto.aws;

import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.EventBus;
import dev.paycrypto.app.json.JsonCodec;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/** The deployed bus: PutEvents on the stack's EventBridge bus; a rejected entry is an error, never dropped. */
public final class EventBridgeBus implements EventBus {

    private final EventBridgeClient client;
    private final String busName;

    public EventBridgeBus(EventBridgeClient client, String busName) {
        this.client = client;
        this.busName = busName;
    }

    @Override
    public void publish(Event event) {
        PutEventsResponse response = client.putEvents(r -> r.entries(PutEventsRequestEntry.builder()
                .eventBusName(busName).source(Event.SOURCE).detailType(event.detailType().text())
                .time(event.time()).resources(event.resources()).detail(JsonCodec.write(event.detail())).build()));
        if (response.failedEntryCount() != null && response.failedEntryCount() > 0) {
            throw new IllegalStateException("EventBridge rejected the " + event.detailType().text() + " event: "
                    + response.entries().get(0).errorCode());
        }
    }
}
