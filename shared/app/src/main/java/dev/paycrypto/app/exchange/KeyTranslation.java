package dev.paycrypto.app.exchange;

import dev.paycrypto.api.data.IncomingDiffieHellmanTr31KeyBlock;
import dev.paycrypto.api.data.IncomingKeyMaterial;
import dev.paycrypto.api.data.OutgoingKeyMaterial;
import dev.paycrypto.api.data.OutgoingTr31KeyBlock;
import dev.paycrypto.api.data.TranslateKeyMaterialInput;
import dev.paycrypto.api.data.TranslateKeyMaterialOutput;
import dev.paycrypto.api.data.WrappedKeyMaterialFormat;
import dev.paycrypto.api.data.WrappedWorkingKey;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.EcdhKeys;
import dev.paycrypto.app.keys.KeyRequirement;
import dev.paycrypto.app.keys.KeyRequirements;
import dev.paycrypto.app.keys.KeySources;
import dev.paycrypto.app.keys.Tr31Attributes;
import dev.paycrypto.app.keys.UsableKey;
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
import java.security.SecureRandom;

/**
 * TranslateKeyMaterial: a key that arrives as a TR-31 block under an ECDH-agreed KBPK leaves as a TR-31 block under
 * a key-block protection key of the account, without being stored and without its clear value leaving the service.
 * The header travels as it came (usage, algorithm, mode of use, key version, exportability, optional blocks), in the
 * version the outgoing KBPK calls for; a key its sender marked non-exportable is not translated, and no key goes out
 * under a weaker key than it came in under.
 */
public final class KeyTranslation {

    /** The incoming block opened, with the algorithms of what protected it on its way (the KBPK and the curve). */
    private record Incoming(Tr31Unwrapped unwrapped, KeyAlgorithm... protectors) {
    }

    private final KeySources keys;
    private final SecureRandom random;

    public KeyTranslation(KeySources keys, SecureRandom random) {
        this.keys = keys;
        this.random = random;
    }

    public TranslateKeyMaterialOutput translate(TranslateKeyMaterialInput request, CallContext context) {
        IncomingKeyMaterial incomingMaterial = request.incomingKeyMaterial();
        OutgoingKeyMaterial outgoingMaterial = request.outgoingKeyMaterial();
        String field = "IncomingKeyMaterial." + incomingMaterial.memberName();
        String outgoingField = "OutgoingKeyMaterial." + outgoingMaterial.memberName();
        if (!(incomingMaterial instanceof IncomingDiffieHellmanTr31KeyBlock block)) {
            throw new ValidationException(field + " is not available on this server");
        }
        if (!(outgoingMaterial instanceof OutgoingTr31KeyBlock outgoing)) {
            throw new ValidationException(outgoingField + " is not available on this server");
        }
        Incoming incoming = openIncoming(context, block, field);
        SecretBytes key = incoming.unwrapped().key();
        try {
            Tr31Header header = incoming.unwrapped().header();
            KeyAttributes attributes = Tr31Attributes.of(header, key.length(), field + ".WrappedKeyBlock");
            KeyRequirement.requireProtectedBy(attributes.keyAlgorithm(), field, incoming.protectors());
            if (!Tr31Keys.isExportable(header)) {
                throw new ValidationException(field + ".WrappedKeyBlock: the key's header marks it non-exportable");
            }
            String wrapped;
            try (UsableKey kbpk = keys.symmetric(context, outgoing.wrappingKeyIdentifier(),
                    KeyRequirements.KEY_BLOCK_WRAP)) {
                KeyAlgorithm kbpkAlgorithm = kbpk.stored().attributes().keyAlgorithm();
                KeyRequirement.requireProtectedBy(attributes.keyAlgorithm(),
                        outgoingField + ".WrappingKeyIdentifier", kbpkAlgorithm);
                Tr31Header out = new Tr31Header(Tr31Keys.versionFor(kbpkAlgorithm), header.keyUsage(),
                        header.algorithm(), header.modeOfUse(), header.keyVersion(), header.exportability(),
                        header.optionalBlocks());
                wrapped = Tr31.wrap(kbpk.key(), out, key, random);
            }
            KeyCheckValueAlgorithm kcvAlgorithm = request.keyCheckValueAlgorithm() != null
                    ? request.keyCheckValueAlgorithm() : KeyRules.defaultCheckValueAlgorithm(attributes.keyAlgorithm());
            return new TranslateKeyMaterialOutput(new WrappedWorkingKey(wrapped,
                    checkValue(attributes.keyAlgorithm(), kcvAlgorithm, key), WrappedKeyMaterialFormat.TR31_KEY_BLOCK));
        } finally {
            key.wipe();
        }
    }

    /** The incoming block, opened under the agreed KBPK; the caller checks its key against the protectors. */
    private Incoming openIncoming(CallContext context, IncomingDiffieHellmanTr31KeyBlock block, String field) {
        EcdhKeys.Derived kbpk = EcdhKeys.deriveKbpk(keys, context, EcdhKeys.Request.of(block), field);
        try (kbpk) {
            return new Incoming(Tr31.unwrap(kbpk.key(), block.wrappedKeyBlock()), kbpk.algorithm(), kbpk.curve());
        } catch (CryptoException e) {
            throw new ValidationException(field + ".WrappedKeyBlock: the TR-31 key block does not open under the"
                    + " agreed key: " + e.getMessage());
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
