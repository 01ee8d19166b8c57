package dev.paycrypto.app.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.app.json.JsonCodec;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The API Call record: CloudTrail's shape, and the allow-list that keeps secrets out of it. */
class AuditRecordsTest {

    private static final Instant TIME = Instant.parse("2026-11-29T12:00:00Z");

    @Test
    void keepsOnlyTheAllowListedMembersWithThePanMaskedAndUnionsReducedToTheirChoice() {
        JsonNode request = JsonCodec.parse("{\"KeyIdentifier\":\"alias/cvk\",\"PrimaryAccountNumber\":"
                + "\"4111111111111111\",\"ValidationData\":\"123\",\"VerificationAttributes\":{\"CardVerificationValue2\":"
                + "{\"CardExpiryDate\":\"1229\"}}}");
        JsonNode response = JsonCodec.parse("{\"KeyArn\":\"arn:aws:payment-cryptography:us-east-1:111122223333:key/"
                + "abc\",\"KeyCheckValue\":\"08D7B4\",\"ValidationData\":\"123\"}");
        Event event = AuditRecords.apiCall(call("VerifyCardValidationData", request, response, null));
        String text = event.detail().toString();

        JsonNode parameters = event.detail().get("requestParameters");
        assertThat(parameters.get("PrimaryAccountNumber").asText()).isEqualTo("411111******1111");
        assertThat(parameters.get("VerificationAttributes").asText()).isEqualTo("CardVerificationValue2");
        assertThat(parameters.has("ValidationData")).isFalse();
        assertThat(event.detail().get("responseElements").get("KeyCheckValue").asText()).isEqualTo("08D7B4");
        assertThat(event.detail().get("responseElements").has("ValidationData")).isFalse();
        assertThat(text).doesNotContain("4111111111111111").doesNotContain("1229").doesNotContain("\"123\"");
    }

    @Test
    void recordsAFailureWithItsCodeAndNoResponse() {
        Event event = AuditRecords.apiCall(call("GetKey", JsonCodec.parse("{\"KeyIdentifier\":\"alias/none\"}"), null,
                "ResourceNotFoundException"));
        JsonNode detail = event.detail();
        assertThat(event.detailType()).isEqualTo(DetailType.API_CALL);
        assertThat(detail.get("eventName").asText()).isEqualTo("GetKey");
        assertThat(detail.get("errorCode").asText()).isEqualTo("ResourceNotFoundException");
        assertThat(detail.get("responseElements").isNull()).isTrue();
        assertThat(detail.get("requestParameters").get("KeyIdentifier").asText()).isEqualTo("alias/none");
        assertThat(detail.get("eventCategory").asText()).isEqualTo("Management");
        assertThat(detail.get("eventID").asText()).isEqualTo(event.id());
    }

    @Test
    void anOperationWithoutARowKeepsNoParameters() {
        Event event = AuditRecords.apiCall(call("SomeFutureOperation", JsonCodec.parse("{\"Secret\":\"x\"}"), null,
                null));
        assertThat(event.detail().get("requestParameters").size()).isZero();
    }

    @Test
    void theEnvelopeRoundTripsAsEventBridgeDeliversIt() {
        Event event = AuditRecords.apiCall(call("GetKey", JsonCodec.parse("{}"), null, null));
        JsonNode envelope = event.envelope();
        assertThat(envelope.get("source").asText()).isEqualTo("dev.paycrypto");
        assertThat(envelope.get("detail-type").asText()).isEqualTo("API Call");
        assertThat(Event.fromEnvelope(envelope)).isEqualTo(event);
        assertThatThrownBy(() -> Event.fromEnvelope(JsonCodec.parse("{\"source\":\"aws.s3\"}")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shortPansAreMaskedWhole() {
        assertThat(AuditFields.maskPan("123456789012")).isEqualTo("************");
        assertThat(AuditFields.maskPan("5413330089600010123")).isEqualTo("541333*********0123");
    }

    private static AuditRecords.Call call(String operation, JsonNode request, JsonNode response, String error) {
        return new AuditRecords.Call(operation, !operation.contains("CardValidation"), "us-east-1", "111122223333",
                "arn:aws:iam::111122223333:user/ops", "127.0.0.1", "aws-sdk-java/2.41", "req-1", TIME, request,
                response, error, error == null ? null : "Key not found");
    }
}
