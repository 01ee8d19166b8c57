package dev.paycrypto.service.protocol;

import dev.paycrypto.app.json.JsonCodec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paycrypto.app.errors.SerializationException;
import dev.paycrypto.app.errors.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Model-driven validation: each constraint kind of the vendored models, on a real operation. */
class RequestValidatorTest {

    private static final String CVK_ATTRIBUTES = "{\"KeyUsage\":\"TR31_C0_CARD_VERIFICATION_KEY\","
            + "\"KeyClass\":\"SYMMETRIC_KEY\",\"KeyAlgorithm\":\"TDES_2KEY\",\"KeyModesOfUse\":{\"Generate\":true}}";

    private static void validate(ServiceModel model, String operation, String body) {
        RequestValidator.validate(model.operation(operation), JsonCodec.parse(body));
    }

    @Test
    void acceptsAValidRequest() {
        assertThatCode(() -> validate(ServiceModel.controlPlane(), "CreateKey",
                "{\"KeyAttributes\":" + CVK_ATTRIBUTES + ",\"Exportable\":true,\"Unknown\":1}"))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "CreateKey|{\"Exportable\":true}|'KeyAttributes' failed to satisfy constraint: Member must not be null",
            "CreateKey|{\"Exportable\":true,\"KeyAttributes\":{\"KeyUsage\":\"NOPE\",\"KeyClass\":\"SYMMETRIC_KEY\",\"KeyAlgorithm\":\"TDES_2KEY\",\"KeyModesOfUse\":{}}}|'KeyAttributes.KeyUsage' failed to satisfy constraint: Member must satisfy enum value set",
            "DeleteKey|{\"KeyIdentifier\":\"alias/a\",\"DeleteKeyInDays\":181}|'DeleteKeyInDays' failed to satisfy constraint: Member must have value less than or equal to 180",
            "DeleteKey|{\"KeyIdentifier\":\"alias/a\",\"DeleteKeyInDays\":2}|'DeleteKeyInDays' failed to satisfy constraint: Member must have value greater than or equal to 3",
            "CreateAlias|{\"AliasName\":\"alias/has space\"}|'AliasName' failed to satisfy constraint: Member must satisfy regular expression pattern",
            "CreateAlias|{\"AliasName\":\"alias\"}|'AliasName' failed to satisfy constraint: Member must have length greater than or equal to 7",
            "ImportKey|{\"KeyMaterial\":{}}|'KeyMaterial' failed to satisfy constraint: Union must have exactly one member set, found 0",
            "ListKeys|{\"MaxResults\":0}|'MaxResults' failed to satisfy constraint: Member must have value greater than or equal to 1",
            "GetKey|{\"KeyIdentifier\":\"arn:aws:payment-cryptography:us-east-1:111122223333:key/short\"}|'KeyIdentifier' failed to satisfy constraint: Member must satisfy regular expression pattern",
    })
    void refusesEachConstraintNamingTheMember(String operation, String body, String message) {
        assertThatThrownBy(() -> validate(ServiceModel.controlPlane(), operation, body))
                .isInstanceOf(ValidationException.class).hasMessageContaining(message);
    }

    @Test
    void refusesAUnionWithTwoMembersAndTooManyTags() {
        String cryptogram = "{\"KeyAttributes\":" + CVK_ATTRIBUTES + ",\"Exportable\":true,"
                + "\"WrappedKeyCryptogram\":\"00112233445566778899\",\"ImportToken\":\"import-token-0000000000000000\"}";
        assertThatThrownBy(() -> validate(ServiceModel.controlPlane(), "ImportKey",
                "{\"KeyMaterial\":{\"KeyCryptogram\":" + cryptogram + ",\"Tr31KeyBlock\":{}}}"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("found 2");
        StringBuilder tags = new StringBuilder("[");
        for (int i = 0; i < 201; i++) {
            tags.append(i == 0 ? "" : ",").append("{\"Key\":\"k").append(i).append("\",\"Value\":\"v\"}");
        }
        assertThatThrownBy(() -> validate(ServiceModel.controlPlane(), "CreateKey",
                "{\"KeyAttributes\":" + CVK_ATTRIBUTES + ",\"Exportable\":true,\"Tags\":" + tags + "]}"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("'Tags' failed to satisfy constraint");
    }

    @Test
    void neverEchoesASensitiveValue() {
        String pan = "41111111111111111111111";
        assertThatThrownBy(() -> validate(ServiceModel.dataPlane(), "GenerateCardValidationData",
                "{\"KeyIdentifier\":\"alias/a\",\"PrimaryAccountNumber\":\"" + pan + "\","
                        + "\"GenerationAttributes\":{\"CardVerificationValue2\":{\"CardExpiryDate\":\"12345\"}},"
                        + "\"ValidationDataLength\":6}"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("3 validation errors")
                .hasMessageContaining("PrimaryAccountNumber")
                .hasMessageContaining("GenerationAttributes.CardVerificationValue2.CardExpiryDate")
                .hasMessageContaining("ValidationDataLength")
                .hasMessageNotContaining(pan).hasMessageNotContaining("12345");
    }

    @Test
    void aValueOfTheWrongTypeIsASerializationError() {
        assertThatThrownBy(() -> validate(ServiceModel.controlPlane(), "CreateKey",
                "{\"KeyAttributes\":" + CVK_ATTRIBUTES + ",\"Exportable\":\"yes\"}"))
                .isInstanceOf(SerializationException.class).hasMessageContaining("Exportable");
        assertThatThrownBy(() -> JsonCodec.parse("{\"a\":")).isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> JsonCodec.parse("[1]")).isInstanceOf(SerializationException.class);
        assertThat(JsonCodec.parse("").isObject()).isTrue();
    }
}
