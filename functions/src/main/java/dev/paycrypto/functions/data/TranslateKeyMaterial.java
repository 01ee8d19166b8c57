package dev.paycrypto.functions.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.keyblock.Tr31;
import dev.paycrypto.crypto.keyblock.Tr31Header;
import dev.paycrypto.crypto.keyblock.Tr31Unwrapped;
import dev.paycrypto.keys.InvalidKeyAttributesException;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyCheckValueAlgorithm;
import dev.paycrypto.keys.KeyCheckValueCalculator;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyRules;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.EcdhKeys;
import dev.paycrypto.service.keys.EcdhRequests;
import dev.paycrypto.app.keys.KeyRequirement;
import dev.paycrypto.service.keys.Tr31Keys;
import dev.paycrypto.service.keys.UsableKeys;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Input;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;
import java.util.ArrayList;
import java.util.List;

/**
 * TranslateKeyMaterial: a key that arrives as a TR-31 block under an ECDH-agreed KBPK leaves as a TR-31 block under
 * a key-block protection key of the account, without being stored and without its clear value leaving the service.
 * The header travels as it came (usage, algorithm, mode of use, key version, exportability, optional blocks), in the
 * version the outgoing KBPK calls for; a key its sender marked non-exportable is not translated, and no key goes out
 * under a weaker key than it came in under.
 */
public final class TranslateKeyMaterial extends ApiFunction {

    public TranslateKeyMaterial() {
        super(Plane.DATA, "TranslateKeyMaterial");
    }

    public TranslateKeyMaterial(Services services) {
        super(Plane.DATA, "TranslateKeyMaterial", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        Input input = call.input();
        Input.Choice incoming = input.choice("IncomingKeyMaterial");
        String field = incoming.field();
        Input block = incoming.value();
        Input.Choice outgoing = input.choice("OutgoingKeyMaterial");
        String outgoingField = outgoing.field();
        Input outgoingBlock = outgoing.value();

        List<KeyAlgorithm> incomingProtectors = new ArrayList<>();
        Tr31Unwrapped unwrapped = openIncoming(call, block, field, incomingProtectors);
        SecretBytes key = unwrapped.key();
        try {
            Tr31Header header = unwrapped.header();
            KeyAttributes attributes = Tr31Keys.attributes(header, key.length(), field + ".WrappedKeyBlock");
            KeyRequirement.requireProtectedBy(attributes.keyAlgorithm(), field,
                    incomingProtectors.toArray(KeyAlgorithm[]::new));
            if (!Tr31Keys.isExportable(header)) {
                throw new ValidationException(field + ".WrappedKeyBlock: the key's header marks it non-exportable");
            }
            UsableKeys.Opened kbpk = UsableKeys.openSymmetric(call, outgoingBlock.string("WrappingKeyIdentifier"),
                    Tr31Keys.WRAPPING_KEY);
            String wrapped;
            try {
                KeyAlgorithm kbpkAlgorithm = kbpk.stored().attributes().keyAlgorithm();
                KeyRequirement.requireProtectedBy(attributes.keyAlgorithm(),
                        outgoingField + ".WrappingKeyIdentifier", kbpkAlgorithm);
                Tr31Header out = new Tr31Header(Tr31Keys.versionFor(kbpkAlgorithm), header.keyUsage(),
                        header.algorithm(), header.modeOfUse(), header.keyVersion(), header.exportability(),
                        header.optionalBlocks());
                wrapped = Tr31.wrap(kbpk.key(), out, key, call.services().random());
            } finally {
                kbpk.key().wipe();
            }
            KeyCheckValueAlgorithm kcvAlgorithm = input.optionalEnum("KeyCheckValueAlgorithm",
                    KeyCheckValueAlgorithm.class).orElse(KeyRules.defaultCheckValueAlgorithm(attributes.keyAlgorithm()));
            ObjectNode response = JsonNodeFactory.instance.objectNode();
            ObjectNode out = response.putObject("WrappedKey");
            out.put("WrappedKeyMaterial", wrapped);
            out.put("WrappedKeyMaterialFormat", "TR31_KEY_BLOCK");
            out.put("KeyCheckValue", checkValue(attributes.keyAlgorithm(), kcvAlgorithm, key));
            return response;
        } finally {
            key.wipe();
        }
    }

    /** The incoming block, opened under the agreed KBPK; the caller checks its key against {@code protectors}. */
    private static Tr31Unwrapped openIncoming(Call call, Input block, String field, List<KeyAlgorithm> protectors) {
        EcdhKeys.Derived kbpk = EcdhKeys.deriveKbpk(call.services().useCases().keys(), call.context(),
                EcdhRequests.ofDiffieHellmanTr31(block), field);
        try {
            protectors.add(kbpk.algorithm());
            protectors.add(kbpk.curve());
            return Tr31.unwrap(kbpk.key(), block.string("WrappedKeyBlock"));
        } catch (CryptoException e) {
            throw new ValidationException(field + ".WrappedKeyBlock: the TR-31 key block does not open under the"
                    + " agreed key: " + e.getMessage());
        } finally {
            kbpk.key().wipe();
        }
    }

    private static String checkValue(KeyAlgorithm algorithm, KeyCheckValueAlgorithm kcvAlgorithm, SecretBytes key) {
        try {
            return KeyCheckValueCalculator.compute(algorithm, kcvAlgorithm, new KeyMaterial.SymmetricKey(key));
        } catch (InvalidKeyAttributesException e) {
            throw new ValidationException("KeyCheckValueAlgorithm: " + e.getMessage());
        }
    }
}
