package dev.paycrypto.functions.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.crypto.pin.PinBlockFormat;
import dev.paycrypto.service.data.PinBlockDecryption;
import dev.paycrypto.service.data.PinBlockEncryption;
import dev.paycrypto.service.errors.ValidationException;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Input;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;
import java.util.List;

/**
 * TranslatePinData: re-encrypts a PIN block from one PIN encryption key and ISO format to another, the clear PIN
 * never leaving the service. The PANs of the two sides must agree.
 */
public final class TranslatePinData extends ApiFunction {

    private static final List<String> NOT_SERVED = List.of("IncomingDukptAttributes", "OutgoingDukptAttributes",
            "IncomingWrappedKey", "OutgoingWrappedKey", "IncomingAs2805Attributes");

    public TranslatePinData() {
        super(Plane.DATA, "TranslatePinData");
    }

    public TranslatePinData(Services services) {
        super(Plane.DATA, "TranslatePinData", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        Input input = call.input();
        for (String member : NOT_SERVED) {
            if (input.has(member)) {
                throw new ValidationException(member + " is not available on this server");
            }
        }
        Side incoming = side(input.object("IncomingTranslationAttributes"), "IncomingTranslationAttributes");
        Side outgoing = side(input.object("OutgoingTranslationAttributes"), "OutgoingTranslationAttributes");
        if (incoming.pan() != null && outgoing.pan() != null && !incoming.pan().equals(outgoing.pan())) {
            throw new ValidationException("The incoming and outgoing PrimaryAccountNumber must be the same");
        }
        String pan = incoming.pan() != null ? incoming.pan() : outgoing.pan();
        PinBlockDecryption.Opened pin = PinBlockDecryption.open(call, input.string("IncomingKeyIdentifier"),
                incoming.format(), input.string("EncryptedPinBlock"), incoming.pan());
        try {
            PinBlockEncryption.Sealed sealed = PinBlockEncryption.seal(call, input.string("OutgoingKeyIdentifier"),
                    outgoing.format(), pin.pin(), pan);
            ObjectNode response = JsonNodeFactory.instance.objectNode();
            response.put("PinBlock", sealed.block());
            response.put("KeyArn", sealed.key().keyArn());
            response.put("KeyCheckValue", sealed.key().keyCheckValue());
            return response;
        } finally {
            pin.pin().wipe();
        }
    }

    private record Side(PinBlockFormat format, String pan) {
    }

    private static Side side(Input attributes, String member) {
        String kind = attributes.unionMember();
        PinBlockFormat format = switch (kind) {
            case "IsoFormat0" -> PinBlockFormat.ISO_FORMAT_0;
            case "IsoFormat1" -> PinBlockFormat.ISO_FORMAT_1;
            case "IsoFormat3" -> PinBlockFormat.ISO_FORMAT_3;
            case "IsoFormat4" -> PinBlockFormat.ISO_FORMAT_4;
            default -> throw new ValidationException(member + "." + kind + " is not available on this server");
        };
        return new Side(format, attributes.object(kind).optionalString("PrimaryAccountNumber").orElse(null));
    }
}
