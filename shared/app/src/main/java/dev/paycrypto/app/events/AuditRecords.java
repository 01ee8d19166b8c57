package dev.paycrypto.app.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The {@code API Call} event of an operation, shaped like a CloudTrail record: event name, time, region, account,
 * principal, source address, user agent, request id, the request parameters and response elements the allow-list
 * of {@link AuditFields} keeps, and the error code and message of a failed call.
 */
public final class AuditRecords {

    /** The {@code eventSource} of every record: the service's endpoint name, as CloudTrail writes it. */
    public static final String EVENT_SOURCE = "payment-cryptography.amazonaws.com";

    /** One call, as the function saw it. */
    public record Call(String operation, boolean controlPlane, String region, String account, String principal,
                       String sourceIp, String userAgent, String requestId, Instant time, JsonNode request,
                       JsonNode response, String errorCode, String errorMessage) {
    }

    private AuditRecords() {
    }

    public static Event apiCall(Call call) {
        ObjectNode detail = JsonNodeFactory.instance.objectNode();
        String eventId = UniqueIds.timeOrderedUuid();
        detail.put("eventVersion", "1.08");
        detail.put("eventSource", EVENT_SOURCE);
        detail.put("eventName", call.operation());
        detail.put("eventTime", EventTimes.cloudTrail(call.time()));
        detail.put("awsRegion", call.region());
        ObjectNode identity = detail.putObject("userIdentity");
        identity.put("accountId", call.account());
        if (call.principal() != null) {
            identity.put("arn", call.principal());
        }
        putIfPresent(detail, "sourceIPAddress", call.sourceIp());
        putIfPresent(detail, "userAgent", call.userAgent());
        detail.set("requestParameters", AuditFields.requestParameters(call.operation(), call.request()));
        detail.set("responseElements", call.response() == null ? JsonNodeFactory.instance.nullNode()
                : AuditFields.responseElements(call.response()));
        putIfPresent(detail, "errorCode", call.errorCode());
        putIfPresent(detail, "errorMessage", call.errorMessage());
        putIfPresent(detail, "requestID", call.requestId());
        detail.put("eventID", eventId);
        detail.put("eventType", "AwsApiCall");
        detail.put("managementEvent", call.controlPlane());
        detail.put("eventCategory", call.controlPlane() ? "Management" : "Data");
        detail.put("recipientAccountId", call.account());
        return new Event(eventId, DetailType.API_CALL, call.time(), call.region(), call.account(), List.of(), detail);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
