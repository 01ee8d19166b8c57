package dev.paycrypto.app.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.api.control.GetKeyOutput;
import dev.paycrypto.api.data.GenerateCardValidationDataInput;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The typed records of {@code dev.paycrypto.api} through the service's own mapper (shared/api tests them with a
 * mapper built the same way, since api cannot see this module): they bind and write as the JSON tree would, and
 * their timestamps are written as {@link JsonCodec#timestamp} writes them.
 */
class JsonCodecRecordsTest {

    @Test
    void aResponseRecordWritesWhatItWasBoundFrom() throws Exception {
        String json = "{\"Key\":{\"KeyArn\":\"arn:aws:payment-cryptography:us-east-1:111122223333:key/sample\","
                + "\"KeyAttributes\":{\"KeyUsage\":\"TR31_C0_CARD_VERIFICATION_KEY\",\"KeyClass\":\"SYMMETRIC_KEY\","
                + "\"KeyAlgorithm\":\"TDES_2KEY\",\"KeyModesOfUse\":{\"Encrypt\":false,\"Decrypt\":false,"
                + "\"Wrap\":false,\"Unwrap\":false,\"Generate\":true,\"Sign\":false,\"Verify\":true,"
                + "\"DeriveKey\":false,"
                + "\"NoRestrictions\":false}},\"KeyCheckValue\":\"0A1B2C\",\"KeyCheckValueAlgorithm\":\"ANSI_X9_24\","
                + "\"Enabled\":true,\"Exportable\":true,\"KeyState\":\"CREATE_COMPLETE\","
                + "\"KeyOrigin\":\"AWS_PAYMENT_CRYPTOGRAPHY\",\"CreateTimestamp\":1795348800.000,"
                + "\"UsageStartTimestamp\":1795348800.125}}";

        GetKeyOutput output = JsonCodec.mapper().readValue(json, GetKeyOutput.class);

        assertThat(output.key().usageStartTimestamp()).isEqualTo(Instant.ofEpochMilli(1_795_348_800_125L));
        assertThat(JsonCodec.mapper().writeValueAsString(output)).isEqualTo(json);
        ObjectNode timestamp = JsonCodec.mapper().createObjectNode()
                .set("CreateTimestamp", JsonCodec.timestamp(output.key().createTimestamp()));
        assertThat(json).contains(JsonCodec.write(timestamp).replaceAll("[{}]", ""));
    }

    @Test
    void aRequestRecordBindsFromTheParsedBody() throws Exception {
        String body = "{\"KeyIdentifier\":\"alias/sample-cvk\",\"PrimaryAccountNumber\":\"4123456789012345\","
                + "\"GenerationAttributes\":{\"CardVerificationValue2\":{\"CardExpiryDate\":\"0225\"}}}";

        GenerateCardValidationDataInput input = JsonCodec.mapper()
                .treeToValue(JsonCodec.parse(body), GenerateCardValidationDataInput.class);

        assertThat(input.generationAttributes().memberName()).isEqualTo("CardVerificationValue2");
        assertThat(JsonCodec.mapper().writeValueAsString(input)).isEqualTo(body);
    }
}
