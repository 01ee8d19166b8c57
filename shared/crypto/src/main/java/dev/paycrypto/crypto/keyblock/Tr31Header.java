package dev.paycrypto.crypto.keyblock;

import dev.paycrypto.crypto.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The clear header of a TR-31 / ANSI X9.143 key block: version, key usage, algorithm, mode of use, key version
 * number, exportability and the optional blocks (X9.143 §6.2, §6.3). The padding block {@code PB} is added and
 * removed by {@link Tr31}; it is never part of a header built by callers.
 */
public record Tr31Header(char version, String keyUsage, char algorithm, char modeOfUse, String keyVersion,
                         char exportability, List<Tr31OptionalBlock> optionalBlocks) {

    public Tr31Header {
        Objects.requireNonNull(keyUsage, "keyUsage");
        Objects.requireNonNull(keyVersion, "keyVersion");
        optionalBlocks = List.copyOf(optionalBlocks);
        if ("ABCD".indexOf(version) < 0) {
            throw new InvalidInputException("Unsupported key block version");
        }
        if (keyUsage.length() != 2 || keyVersion.length() != 2) {
            throw new InvalidInputException("Key usage and key version have two characters");
        }
        requirePrintable(keyUsage + algorithm + modeOfUse + keyVersion + exportability);
        for (Tr31OptionalBlock block : optionalBlocks) {
            requirePrintable(block.id() + block.value());
        }
    }

    /** The value of the first optional block with this id. */
    public Optional<String> optionalBlock(String id) {
        return optionalBlocks.stream().filter(b -> b.id().equals(id)).map(Tr31OptionalBlock::value).findFirst();
    }

    public Tr31Header withOptionalBlocks(List<Tr31OptionalBlock> blocks) {
        return new Tr31Header(version, keyUsage, algorithm, modeOfUse, keyVersion, exportability, blocks);
    }

    List<Tr31OptionalBlock> withoutPadding() {
        List<Tr31OptionalBlock> blocks = new ArrayList<>(optionalBlocks);
        blocks.removeIf(b -> b.id().equals("PB"));
        return blocks;
    }

    private static void requirePrintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new InvalidInputException("Key block headers hold printable ASCII only");
            }
        }
    }
}
