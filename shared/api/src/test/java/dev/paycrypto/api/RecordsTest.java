package dev.paycrypto.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.paycrypto.api.control.CreateKeyInput;
import dev.paycrypto.api.control.DeleteAliasOutput;
import dev.paycrypto.api.control.Key;
import dev.paycrypto.api.control.KeyAttributes;
import dev.paycrypto.api.control.KeyBlockHeaders;
import dev.paycrypto.api.control.KeyModesOfUse;
import dev.paycrypto.api.control.Tag;
import dev.paycrypto.api.data.CardVerificationValue2;
import dev.paycrypto.api.data.GenerateCardValidationDataInput;
import dev.paycrypto.api.data.PinData;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyCheckValueAlgorithm;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyOrigin;
import dev.paycrypto.keys.KeyState;
import dev.paycrypto.keys.KeyUsage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every generated record guarantees besides its JSON members: checks, copies, timestamps, masking. */
class RecordsTest {

    private static final ObjectMapper MAPPER = Mappers.JSON_CODEC;

    private static final KeyAttributes CVK = new KeyAttributes(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY,
            KeyClass.SYMMETRIC_KEY, KeyAlgorithm.TDES_2KEY,
            new KeyModesOfUse(false, false, false, false, true, false, true, false, false));

    private static Key key(Instant created) {
        return new Key("arn:aws:payment-cryptography:us-east-1:111122223333:key/samplecvk0000001", CVK, "0A1B2C",
                KeyCheckValueAlgorithm.ANSI_X9_24, true, true, KeyState.CREATE_COMPLETE,
                KeyOrigin.AWS_PAYMENT_CRYPTOGRAPHY, created, null, null, null, null, null, null, null, null, null,
                null);
    }

    @Test
    void aRequiredMemberMustBeSet() {
        assertThatThrownBy(() -> new Tag(null, "CVV2"))
                .isInstanceOf(NullPointerException.class).hasMessage("Key is required");
        assertThatThrownBy(() -> MAPPER.readValue("{\"Value\":\"CVV2\"}", Tag.class))
                .isInstanceOf(ValueInstantiationException.class).hasMessageContaining("Key is required");
    }

    @Test
    void listsAreCopiedAndCannotBeChanged() throws Exception {
        List<Tag> tags = new ArrayList<>(List.of(new Tag("KEY_PURPOSE", "CVV2")));
        CreateKeyInput input = new CreateKeyInput(CVK, null, true, null, tags, null, null);
        tags.clear();

        assertThat(input.tags()).containsExactly(new Tag("KEY_PURPOSE", "CVV2"));
        assertThatThrownBy(() -> input.tags().add(new Tag("A", "B"))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(input.replicationRegions()).isNull();
        assertThat(MAPPER.readValue("{\"KeyAttributes\":{\"KeyUsage\":\"TR31_C0_CARD_VERIFICATION_KEY\","
                + "\"KeyClass\":\"SYMMETRIC_KEY\",\"KeyAlgorithm\":\"TDES_2KEY\",\"KeyModesOfUse\":{}},"
                + "\"Exportable\":true,\"Tags\":[]}", CreateKeyInput.class).tags()).isEmpty();
    }

    @Test
    void mapsKeepTheirOrderAndCannotBeChanged() throws Exception {
        String json = "{\"OptionalBlocks\":{\"KP\":\"0123\",\"CT\":\"9999\",\"AB\":\"00\"}}";

        KeyBlockHeaders headers = MAPPER.readValue(json, KeyBlockHeaders.class);

        assertThat(headers.optionalBlocks().keySet()).containsExactly("KP", "CT", "AB");
        assertThat(MAPPER.writeValueAsString(headers)).isEqualTo(json);
        assertThatThrownBy(() -> headers.optionalBlocks().put("X", "Y"))
                .isInstanceOf(UnsupportedOperationException.class);
        Map<String, String> blocks = new LinkedHashMap<>(Map.of("KP", "0123"));
        KeyBlockHeaders built = new KeyBlockHeaders(null, null, null, blocks);
        blocks.put("CT", "9999");
        assertThat(built.optionalBlocks()).containsOnlyKeys("KP");
    }

    @Test
    void timestampsAreEpochSecondsWithThreeDecimals() throws Exception {
        assertThat(MAPPER.writeValueAsString(key(Instant.ofEpochMilli(1_795_345_200_000L))))
                .endsWith("\"CreateTimestamp\":1795345200.000}");
        assertThat(MAPPER.writeValueAsString(key(Instant.ofEpochMilli(1_795_345_200_123L))))
                .endsWith("\"CreateTimestamp\":1795345200.123}");

        String written = MAPPER.writeValueAsString(key(Instant.ofEpochMilli(1_795_345_200_123L)));
        for (ObjectMapper mapper : List.of(Mappers.JSON_CODEC, Mappers.DEFAULTS)) {
            assertThat(mapper.readValue(written, Key.class).createTimestamp())
                    .isEqualTo(Instant.ofEpochMilli(1_795_345_200_123L));
            assertThat(mapper.readValue(written.replace("1795345200.123", "1795345200"), Key.class)
                    .createTimestamp()).isEqualTo(Instant.ofEpochSecond(1_795_345_200L));
            assertThatThrownBy(() -> mapper.readValue(written.replace("1795345200.123", "\"1795345200\""),
                    Key.class)).isInstanceOf(MismatchedInputException.class);
        }
    }

    @Test
    void anEmptyStructureIsAnEmptyObject() throws Exception {
        assertThat(MAPPER.writeValueAsString(new DeleteAliasOutput())).isEqualTo("{}");
        assertThat(MAPPER.readValue("{\"Unknown\":1}", DeleteAliasOutput.class))
                .isEqualTo(new DeleteAliasOutput());
    }

    @Test
    void toStringMasksWhatTheModelMarksSensitive() throws Exception {
        GenerateCardValidationDataInput input = MAPPER.readValue("{\"KeyIdentifier\":\"alias/sample-cvk\","
                + "\"PrimaryAccountNumber\":\"4123456789012345\",\"GenerationAttributes\":"
                + "{\"CardVerificationValue1\":{\"CardExpiryDate\":\"0225\",\"ServiceCode\":\"101\"}}}",
                GenerateCardValidationDataInput.class);

        assertThat(input.toString()).contains("alias/sample-cvk", "<sensitive>")
                .doesNotContain("4123456789012345", "0225", "101");
        assertThat(new PinData.PinOffset("1234")).hasToString("PinOffset[value=<sensitive>]");
        assertThat(new KeyBlockHeaders(null, null, "01", Map.of("KP", "0123")).toString())
                .contains("keyVersion=01").doesNotContain("KP", "0123");
        // null is shown as null: whether a member is set is no secret
        assertThat(new GenerateCardValidationDataInput("k", "4123456789012345",
                new CardVerificationValue2("0225"), null).toString())
                .contains("validationDataLength=null").doesNotContain("4123456789012345", "0225");
    }
}
