package dev.paycrypto.service.protocol;

import dev.paycrypto.app.json.JsonCodec;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.keys.StoredKeyIntegrityException;
import dev.paycrypto.app.errors.AccessDeniedException;
import dev.paycrypto.crypto.IntegrityException;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.app.errors.InternalServerException;
import dev.paycrypto.app.errors.ResourceNotFoundException;
import dev.paycrypto.app.errors.ServiceException;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.errors.VerificationFailedException;
import dev.paycrypto.app.errors.VerificationFailedReason;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The AWS error wire format, the models' status codes, and the data plane's routes. */
class WireFormatTest {

    @Test
    void errorsCarryTypeMessageAndTheShapesExtraMembers() {
        WireResponse notFound = ErrorMapper.toResponse(new ResourceNotFoundException("Key x not found", "alias/x"),
                Protocol.AWS_JSON_1_0);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.headers()).containsEntry("x-amzn-ErrorType", "ResourceNotFoundException")
                .containsEntry("Content-Type", "application/x-amz-json-1.0");
        JsonNode body = JsonCodec.parse(notFound.body());
        assertThat(body.get("__type").asText()).isEqualTo("ResourceNotFoundException");
        assertThat(body.get("message").asText()).isEqualTo("Key x not found");
        assertThat(body.get("ResourceId").asText()).isEqualTo("alias/x");

        WireResponse failed = ErrorMapper.toResponse(new VerificationFailedException("Card validation data "
                + "verification failed", VerificationFailedReason.INVALID_VALIDATION_DATA), Protocol.REST_JSON_1);
        assertThat(failed.status()).isEqualTo(400);
        assertThat(failed.headers()).containsEntry("Content-Type", "application/json");
        assertThat(JsonCodec.parse(failed.body()).get("Reason").asText()).isEqualTo("INVALID_VALIDATION_DATA");
        assertThat(JsonCodec.parse(failed.body()).get("Message").asText()).isEqualTo("Card validation data "
                + "verification failed");
    }

    @Test
    void unexpectedFailuresBecomeA500ThatSaysNothingOfTheCause() {
        WireResponse response = ErrorMapper.toResponse(new IllegalStateException("key bytes 0123ABCD"),
                Protocol.REST_JSON_1);
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("0123ABCD").doesNotContain("IllegalState");
        WireResponse refusedInput = ErrorMapper.toResponse(new InvalidInputException("PAN must be 12 to 19 digits"),
                Protocol.REST_JSON_1);
        assertThat(refusedInput.status()).as("a crypto-layer refusal of input is the caller's error").isEqualTo(400);
        assertThat(refusedInput.headers()).containsEntry(ErrorMapper.ERROR_TYPE_HEADER, "ValidationException");
        assertThat(refusedInput.body()).contains("PAN must be 12 to 19 digits");
        WireResponse failedCheck = ErrorMapper.toResponse(new IntegrityException("the key block MAC does not verify"),
                Protocol.REST_JSON_1);
        assertThat(failedCheck.headers()).containsEntry(ErrorMapper.ERROR_TYPE_HEADER, "ValidationException");
        WireResponse tampered = ErrorMapper.toResponse(new StoredKeyIntegrityException("abcdefghijklmnop"),
                Protocol.AWS_JSON_1_0);
        assertThat(tampered.body()).contains("abcdefghijklmnop").contains("integrity check");
    }

    @Test
    void statusCodesAgreeWithTheDataPlaneModel() {
        ServiceModel model = ServiceModel.dataPlane();
        Map<String, ServiceException> errors = Map.of(
                "AccessDeniedException", new AccessDeniedException("m"),
                "InternalServerException", new InternalServerException("m"),
                "ResourceNotFoundException", new ResourceNotFoundException("m", "r"),
                "VerificationFailedException", new VerificationFailedException("m", VerificationFailedReason.INVALID_MAC),
                "ValidationException", new ValidationException("m"));
        errors.forEach((name, error) -> {
            int modelled = model.shape(name).path("error").path("httpStatusCode").asInt(400);
            assertThat(error.httpStatus()).as(name).isEqualTo(modelled);
            assertThat(error.code()).isEqualTo(name);
        });
    }

    @Test
    void everyDataPlaneOperationIsRoutedByItsRequestUri() {
        ServiceModel model = ServiceModel.dataPlane();
        for (Operation operation : model.operations().values()) {
            String path = operation.requestUri()
                    .replace("{KeyIdentifier}", "arn%3Aaws%3Apayment-cryptography%3Aus-east-1%3A111122223333%3Akey%2Fabcdefghijklmnop");
            ServiceModel.RouteMatch match = model.matchRoute(operation.httpMethod(), path).orElseThrow();
            assertThat(match.operation().name()).isEqualTo(operation.name());
            if (operation.requestUri().contains("{KeyIdentifier}")) {
                assertThat(match.labels()).containsEntry("KeyIdentifier",
                        "arn:aws:payment-cryptography:us-east-1:111122223333:key/abcdefghijklmnop");
            }
        }
        assertThat(model.matchRoute("POST", "/no/such/path")).isEmpty();
    }
}
