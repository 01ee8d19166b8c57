package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.ResourceNotFoundException;
import software.amazon.awssdk.services.paymentcryptographydata.model.GenerateCardValidationDataResponse;
import software.amazon.awssdk.services.paymentcryptographydata.model.VerificationFailedException;

/**
 * The audit log end to end: calls through the SDK emit API Call events, the local bus delivers them to the audit
 * worker by the template's rule, and the local listing shows one CloudTrail-shaped record per call — failures
 * included — with the PAN masked and no card data, key material or validation data.
 */
class AuditE2ETest extends LocalServiceTest {

    private static final String PAN = "4111111111111111";

    @Test
    void everyCallLeavesOneCloudTrailShapedRecord() throws Exception {
        Key cvk = E2E.createCvk(control);
        GenerateCardValidationDataResponse cvv2 = E2E.cvv2(data, cvk.keyArn());
        String wrong = cvv2.validationData().equals("000") ? "001" : "000";
        assertThatThrownBy(() -> data.verifyCardValidationData(r -> r.keyIdentifier(cvk.keyArn())
                .primaryAccountNumber(PAN).validationData(wrong)
                .verificationAttributes(v -> v.cardVerificationValue2(c -> c.cardExpiryDate("1229")))))
                .isInstanceOf(VerificationFailedException.class);
        assertThatThrownBy(() -> control.getKey(r -> r.keyIdentifier("alias/no-such-key")))
                .isInstanceOf(ResourceNotFoundException.class);

        List<JsonNode> records = audit("us-east-1", LocalService.ACCOUNT);
        assertThat(records).extracting(r -> r.get("eventName").asText())
                .containsExactly("CreateKey", "GenerateCardValidationData", "VerifyCardValidationData", "GetKey");

        JsonNode create = records.get(0);
        assertThat(create.get("eventSource").asText()).isEqualTo("payment-cryptography.amazonaws.com");
        assertThat(create.get("awsRegion").asText()).isEqualTo("us-east-1");
        assertThat(create.get("userIdentity").get("accountId").asText()).isEqualTo(LocalService.ACCOUNT);
        assertThat(create.get("sourceIPAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(create.get("managementEvent").asBoolean()).isTrue();
        assertThat(create.get("requestParameters").get("KeyAttributes").get("KeyUsage").asText())
                .isEqualTo("TR31_C0_CARD_VERIFICATION_KEY");
        assertThat(create.get("responseElements").get("Key").get("KeyArn").asText()).isEqualTo(cvk.keyArn());

        JsonNode generate = records.get(1);
        assertThat(generate.get("requestID").asText()).isEqualTo(cvv2.responseMetadata().requestId());
        assertThat(generate.get("eventCategory").asText()).isEqualTo("Data");
        assertThat(generate.get("requestParameters").get("PrimaryAccountNumber").asText())
                .isEqualTo("411111******1111");
        assertThat(generate.get("requestParameters").get("GenerationAttributes").asText())
                .isEqualTo("CardVerificationValue2");
        assertThat(generate.get("responseElements").get("KeyCheckValue").asText()).isEqualTo(cvk.keyCheckValue());
        assertThat(generate.get("responseElements").has("ValidationData")).isFalse();
        assertThat(generate.toString()).doesNotContain(PAN).doesNotContain("1229");

        JsonNode failedVerify = records.get(2);
        assertThat(failedVerify.get("errorCode").asText()).isEqualTo("VerificationFailedException");
        assertThat(failedVerify.get("responseElements").isNull()).isTrue();
        assertThat(failedVerify.toString()).doesNotContain("\"" + wrong + "\"");
        assertThat(records.get(3).get("errorCode").asText()).isEqualTo("ResourceNotFoundException");
        assertThat(records.get(3).get("errorMessage").asText()).isNotEmpty();

        // regions and accounts are kept apart
        assertThat(audit("eu-west-1", LocalService.ACCOUNT)).isEmpty();
        assertThat(audit("us-east-1", LocalService.OTHER_ACCOUNT)).isEmpty();
    }

    @Test
    void theListingTakesItsRegionAndAccountFromTheSignatureAlone() throws Exception {
        HttpResponse<String> naming = RawRequests.send(service.endpoint(), RawRequests.Signer.DEFAULT, "GET",
                SideEndpoints.AUDIT_PATH + "?region=us-east-1&account=" + LocalService.OTHER_ACCOUNT, Map.of(), null);
        assertThat(naming.statusCode()).isEqualTo(400);
        assertThat(naming.body()).contains("ValidationException").contains("signature");
    }

    /** The records the account's own credentials see in a Region, once the bus has delivered them. */
    private static List<JsonNode> audit(String region, String account) throws Exception {
        service.settle();
        RawRequests.Signer signer = LocalService.ACCOUNT.equals(account) ? RawRequests.Signer.DEFAULT
                : new RawRequests.Signer("other", "other-secret", region, "payment-cryptography");
        HttpResponse<String> response = RawRequests.send(service.endpoint(), signer.inRegion(region), "GET",
                SideEndpoints.AUDIT_PATH, Map.of(), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> records = new ArrayList<>();
        new ObjectMapper().readTree(response.body()).forEach(records::add);
        return records;
    }
}
