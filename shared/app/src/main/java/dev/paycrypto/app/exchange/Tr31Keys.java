package dev.paycrypto.app.exchange;

import dev.paycrypto.api.control.KeyBlockHeaders;
import dev.paycrypto.api.control.KeyExportability;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.KeyRequirement;
import dev.paycrypto.app.keys.KeyRequirements;
import dev.paycrypto.app.keys.KeyShapes;
import dev.paycrypto.app.keys.Tr31Attributes;
import dev.paycrypto.crypto.keyblock.Tr31Header;
import dev.paycrypto.crypto.keyblock.Tr31OptionalBlock;
import dev.paycrypto.keys.InvalidKeyAttributesException;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyModesOfUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Between TR-31 / X9.143 key block headers and the service's key attributes: what a block brought in says the key
 * is, and the header a key goes out with (User Guide, "TR-31 key block headers on export": version B under a TDES
 * wrapping key and D under an AES one; mode of use, exportability, key version and optional blocks may be set by
 * the caller, but only ever more restrictive than the key's own).
 */
public final class Tr31Keys {

    /** A key-block protection key that opens key blocks coming in (the data plane's wrapped working keys). */
    public static final KeyRequirement UNWRAPPING_KEY = KeyRequirements.KEY_BLOCK_UNWRAP.requirement();

    /** What a caller may change of the header of a key going out. */
    public record HeaderOverrides(Optional<KeyModesOfUse> modesOfUse, Optional<Character> exportability,
                                  Optional<String> keyVersion, Map<String, String> optionalBlocks) {

        public static final HeaderOverrides NONE = new HeaderOverrides(Optional.empty(), Optional.empty(),
                Optional.empty(), Map.of());

        /** A request's {@code KeyBlockHeaders}; none if absent. */
        public static HeaderOverrides of(KeyBlockHeaders headers) {
            if (headers == null) {
                return NONE;
            }
            return new HeaderOverrides(Optional.ofNullable(headers.keyModesOfUse()).map(KeyShapes::modesOfUse),
                    Optional.ofNullable(headers.keyExportability()).map(Tr31Keys::exportabilityCode),
                    Optional.ofNullable(headers.keyVersion()),
                    headers.optionalBlocks() == null ? Map.of() : headers.optionalBlocks());
        }
    }

    private Tr31Keys() {
    }

    /** Whether a key whose header has this exportability may leave the service again. */
    public static boolean isExportable(Tr31Header header) {
        return header.exportability() == 'E' || header.exportability() == 'S';
    }

    /** The key block version a key goes out in under a KBPK of this algorithm: B under TDES, D under AES. */
    public static char versionFor(KeyAlgorithm kbpkAlgorithm) {
        return kbpkAlgorithm.family() == KeyAlgorithm.Family.AES ? 'D' : 'B';
    }

    /**
     * The header of a key going out in a key block of {@code version}; {@code usage} is normally the key's own (an
     * exported DUKPT initial key is {@code B1}).
     */
    public static Tr31Header exportHeader(char version, KeyAttributes key, String usage, HeaderOverrides overrides) {
        KeyModesOfUse modes = overrides.modesOfUse().orElse(key.keyModesOfUse());
        if (!key.keyModesOfUse().permits(modes)) {
            throw new ValidationException("KeyBlockHeaders.KeyModesOfUse " + modes + " is not more restrictive than"
                    + " the key's own " + key.keyModesOfUse());
        }
        char modeOfUse;
        try {
            modeOfUse = modes.tr31ModeOfUse();
        } catch (InvalidKeyAttributesException e) {
            throw new ValidationException("KeyBlockHeaders.KeyModesOfUse: " + e.getMessage());
        }
        String keyVersion = overrides.keyVersion().orElse("00");
        if (!keyVersion.matches("[0-9A-Za-z]{2}")) {
            throw new ValidationException("KeyBlockHeaders.KeyVersion must be two alphanumeric characters");
        }
        List<Tr31OptionalBlock> blocks = new ArrayList<>();
        overrides.optionalBlocks().forEach((id, value) -> {
            if (id.equals("PB")) {
                throw new ValidationException("KeyBlockHeaders.OptionalBlocks: the padding block PB is added by the"
                        + " service");
            }
            blocks.add(new Tr31OptionalBlock(id, value));
        });
        if (key.keyAlgorithm().family() == KeyAlgorithm.Family.HMAC
                && blocks.stream().noneMatch(b -> b.id().equals(Tr31Attributes.HMAC_HASH_BLOCK))) {
            blocks.add(new Tr31OptionalBlock(Tr31Attributes.HMAC_HASH_BLOCK,
                    Tr31Attributes.hmacHashId(key.keyAlgorithm())));
        }
        return new Tr31Header(version, usage, key.keyAlgorithm().tr31Algorithm(), modeOfUse, keyVersion,
                overrides.exportability().orElse('E'), blocks);
    }

    /** The TR-31 exportability byte (header position 12) of a {@code KeyExportability}. */
    private static char exportabilityCode(KeyExportability exportability) {
        return switch (exportability) {
            case EXPORTABLE -> 'E';
            case SENSITIVE -> 'S';
            case NON_EXPORTABLE -> 'N';
        };
    }
}
