package dev.paycrypto.functions.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.pin.PinBlockFormat;
import dev.paycrypto.service.data.DukptKeys;
import dev.paycrypto.service.data.PinBlockDecryption;
import dev.paycrypto.service.data.PinBlockEncryption;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Input;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;
import java.util.List;

/**
 * TranslatePinData: re-encrypts a PIN block from one PIN encryption key and ISO format to another, the clear PIN
 * never leaving the service. Either side may instead be a DUKPT base derivation key with the KSN of the
 * transaction (the PIN working key: X9.24-1 PIN variant for TDES, X9.24-3 PIN encryption key for AES, which carries
 * ISO format 4), or a PEK wrapped in the request as a TR-31 block (a dynamic key, under the named protection key).
 * The PANs of the two sides must agree.
 */
public final class TranslatePinData extends ApiFunction {

    private static final List<String> NOT_SERVED = List.of("IncomingAs2805Attributes");

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
        PinBlockDecryption.Opened pin = input.optionalObject("IncomingDukptAttributes")
                .map(dukpt -> openUnderDukpt(call, input.string("IncomingKeyIdentifier"), dukpt, incoming,
                        input.string("EncryptedPinBlock")))
                .orElseGet(() -> PinBlockDecryption.open(call, input.string("IncomingKeyIdentifier"),
                        input.optionalObject("IncomingWrappedKey"), "IncomingWrappedKey", incoming.format(),
                        input.string("EncryptedPinBlock"), incoming.pan()));
        try {
            PinBlockEncryption.Sealed sealed = input.optionalObject("OutgoingDukptAttributes")
                    .map(dukpt -> sealUnderDukpt(call, input.string("OutgoingKeyIdentifier"), dukpt, outgoing, pin,
                            pan))
                    .orElseGet(() -> PinBlockEncryption.seal(call, input.string("OutgoingKeyIdentifier"),
                            input.optionalObject("OutgoingWrappedKey"), "OutgoingWrappedKey", outgoing.format(),
                            pin.pin(), pan));
            ObjectNode response = JsonNodeFactory.instance.objectNode();
            response.put("PinBlock", sealed.block());
            response.put("KeyArn", sealed.key().keyArn());
            response.put("KeyCheckValue", sealed.key().keyCheckValue());
            return response;
        } finally {
            pin.pin().wipe();
        }
    }

    /** A PIN block from a DUKPT terminal: under the PIN working key of its KSN, from the base derivation key. */
    private static PinBlockDecryption.Opened openUnderDukpt(Call call, String bdk, Input dukpt, Side side,
                                                            String block) {
        DukptKeys.WorkingKey working = DukptKeys.derive(call, bdk, dukpt, DukptKeys.Purpose.PIN);
        try {
            return new PinBlockDecryption.Opened(working.bdk(), PinBlockDecryption.decode(working.key(),
                    working.aes(), side.format(), Hex.decode(block), side.pan()));
        } finally {
            working.key().wipe();
        }
    }

    private static PinBlockEncryption.Sealed sealUnderDukpt(Call call, String bdk, Input dukpt, Side side,
                                                            PinBlockDecryption.Opened pin, String pan) {
        DukptKeys.WorkingKey working = DukptKeys.derive(call, bdk, dukpt, DukptKeys.Purpose.PIN);
        try {
            return new PinBlockEncryption.Sealed(working.bdk(), PinBlockEncryption.encrypt(working.key(),
                    working.aes(), side.format(), pin.pin(), pan, call.services().random()));
        } finally {
            working.key().wipe();
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
