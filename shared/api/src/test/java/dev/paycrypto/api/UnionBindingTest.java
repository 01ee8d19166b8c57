package dev.paycrypto.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.paycrypto.api.data.CardGenerationAttributes;
import dev.paycrypto.api.data.CardVerificationValue2;
import dev.paycrypto.api.data.DukptDerivationType;
import dev.paycrypto.api.data.DukptKeyVariant;
import dev.paycrypto.api.data.GenerateCardValidationDataInput;
import dev.paycrypto.api.data.GenerateMacInput;
import dev.paycrypto.api.data.GeneratePinDataOutput;
import dev.paycrypto.api.data.MacAlgorithm;
import dev.paycrypto.api.data.MacAlgorithmDukpt;
import dev.paycrypto.api.data.MacAttributes;
import dev.paycrypto.api.data.PinData;
import dev.paycrypto.api.data.TranslatePinDataInput;
import dev.paycrypto.api.data.TranslationIsoFormats;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Unions on the wire: the one member the model knows is chosen, members it does not know are ignored wherever
 * they stand (as AWS does; see {@code EventReplayTest.unknownMembersAreIgnoredEvenBesideAUnionMember}), and none
 * or two known members are refused, naming the members but no value.
 */
class UnionBindingTest {

    private static final String CVV2_REQUEST = "{\"KeyIdentifier\":\"alias/sample-cvk\","
            + "\"PrimaryAccountNumber\":\"4123456789012345\",\"GenerationAttributes\":%s}";

    static Object[][] mappers() {
        return Mappers.both().map(arguments -> arguments.get()).toArray(Object[][]::new);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void anUnknownMemberIsIgnoredEvenBeforeTheRealOne(String configuration, ObjectMapper mapper) throws Exception {
        String json = "{\"KeyIdentifier\":\"alias/sample-cvk\",\"PrimaryAccountNumber\":\"4123456789012345\","
                + "\"Unknown\":1,\"GenerationAttributes\":{\"AUnknownMember\":{},"
                + "\"CardVerificationValue2\":{\"CardExpiryDate\":\"0225\"}}}";

        GenerateCardValidationDataInput input = mapper.readValue(json, GenerateCardValidationDataInput.class);

        assertThat(input.generationAttributes()).isEqualTo(new CardVerificationValue2("0225"));
        assertThat(input.generationAttributes().memberName()).isEqualTo("CardVerificationValue2");
        assertThat(mapper.writeValueAsString(input)).isEqualTo(String.format(CVV2_REQUEST,
                "{\"CardVerificationValue2\":{\"CardExpiryDate\":\"0225\"}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void aKnownMemberSetToNullCountsAsUnset(String configuration, ObjectMapper mapper) throws Exception {
        String json = String.format(CVV2_REQUEST,
                "{\"CardVerificationValue1\":null,\"CardVerificationValue2\":{\"CardExpiryDate\":\"0225\"}}");

        CardGenerationAttributes attributes = mapper.readValue(json, GenerateCardValidationDataInput.class)
                .generationAttributes();

        assertThat(attributes.memberName()).isEqualTo("CardVerificationValue2");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void twoKnownMembersAreRefused(String configuration, ObjectMapper mapper) {
        String json = String.format(CVV2_REQUEST, "{\"CardVerificationValue2\":{\"CardExpiryDate\":\"0225\"},"
                + "\"CardVerificationValue1\":{\"CardExpiryDate\":\"0225\",\"ServiceCode\":\"101\"}}");

        assertThatThrownBy(() -> mapper.readValue(json, GenerateCardValidationDataInput.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Union CardGenerationAttributes must have exactly one member set, found 2"
                        + " [CardVerificationValue2, CardVerificationValue1]")
                .hasMessageContaining("GenerateCardValidationDataInput[\"GenerationAttributes\"]")
                .hasMessageNotContaining("0225").hasMessageNotContaining("4123456789012345");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void noKnownMemberIsRefused(String configuration, ObjectMapper mapper) {
        for (String attributes : new String[] {"{}", "{\"Unknown\":{\"CardExpiryDate\":\"0225\"}}",
                "{\"CardVerificationValue2\":null}"}) {
            assertThatThrownBy(() -> mapper.readValue(String.format(CVV2_REQUEST, attributes),
                    GenerateCardValidationDataInput.class))
                    .as(attributes)
                    .isInstanceOf(MismatchedInputException.class)
                    .hasMessageContaining(
                            "Union CardGenerationAttributes must have exactly one member set, found none");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void aUnionThatIsNotAnObjectIsRefused(String configuration, ObjectMapper mapper) {
        assertThatThrownBy(() -> mapper.readValue(String.format(CVV2_REQUEST, "\"CardVerificationValue2\""),
                GenerateCardValidationDataInput.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void aScalarMemberIsWrapped(String configuration, ObjectMapper mapper) throws Exception {
        String json = "{\"KeyIdentifier\":\"alias/sample-mac\",\"MessageData\":\"3132\","
                + "\"GenerationAttributes\":{\"Algorithm\":\"CMAC\"}}";

        GenerateMacInput input = mapper.readValue(json, GenerateMacInput.class);

        assertThat(input.generationAttributes()).isEqualTo(new MacAttributes.Algorithm(MacAlgorithm.CMAC));
        assertThat(input.generationAttributes().memberName()).isEqualTo("Algorithm");
        assertThat(mapper.writeValueAsString(input)).isEqualTo(json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void membersSharingAStructureAreTold(String configuration, ObjectMapper mapper) throws Exception {
        // three members of MacAttributes carry a MacAlgorithmDukpt: the wrapper says which one was sent
        String json = "{\"KeyIdentifier\":\"alias/sample-bdk\",\"MessageData\":\"3132\",\"GenerationAttributes\":"
                + "{\"DukptIso9797Algorithm3\":{\"KeySerialNumber\":\"FFFF9876543210E00001\","
                + "\"DukptKeyVariant\":\"REQUEST\",\"DukptDerivationType\":\"TDES_2KEY\"}}}";

        GenerateMacInput input = mapper.readValue(json, GenerateMacInput.class);

        assertThat(input.generationAttributes()).isEqualTo(new MacAttributes.DukptIso9797Algorithm3(
                new MacAlgorithmDukpt("FFFF9876543210E00001", DukptKeyVariant.REQUEST, DukptDerivationType.TDES_2KEY)));
        assertThat(mapper.writeValueAsString(input)).isEqualTo(json);

        String translate = "{\"IncomingKeyIdentifier\":\"alias/a\",\"OutgoingKeyIdentifier\":\"alias/b\","
                + "\"IncomingTranslationAttributes\":{\"IsoFormat0\":{\"PrimaryAccountNumber\":\"4111111111111111\"}},"
                + "\"OutgoingTranslationAttributes\":{\"IsoFormat3\":{\"PrimaryAccountNumber\":\"4111111111111111\"}},"
                + "\"EncryptedPinBlock\":\"AC17DC148BDA645E\"}";
        TranslatePinDataInput pin = mapper.readValue(translate, TranslatePinDataInput.class);
        assertThat(pin.incomingTranslationAttributes()).isInstanceOf(TranslationIsoFormats.IsoFormat0.class);
        assertThat(pin.outgoingTranslationAttributes().memberName()).isEqualTo("IsoFormat3");
        assertThat(mapper.writeValueAsString(pin)).isEqualTo(translate);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void aUnionInAResponseIsWrittenAsItsOneMember(String configuration, ObjectMapper mapper) throws Exception {
        GeneratePinDataOutput output = new GeneratePinDataOutput("arn:pvk", "000000", "arn:pek", "000000",
                "C30C31411AA3D043", new PinData.VerificationValue("3361"));

        assertThat(mapper.writeValueAsString(output)).isEqualTo("{\"GenerationKeyArn\":\"arn:pvk\","
                + "\"GenerationKeyCheckValue\":\"000000\",\"EncryptionKeyArn\":\"arn:pek\","
                + "\"EncryptionKeyCheckValue\":\"000000\",\"EncryptedPinBlock\":\"C30C31411AA3D043\","
                + "\"PinData\":{\"VerificationValue\":\"3361\"}}");
    }
}
