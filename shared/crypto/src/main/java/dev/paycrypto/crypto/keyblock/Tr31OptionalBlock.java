package dev.paycrypto.crypto.keyblock;

import java.util.Objects;

/** One optional block of a TR-31 header: a two-character id and its printable-ASCII value. */
public record Tr31OptionalBlock(String id, String value) {

    public Tr31OptionalBlock {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(value, "value");
        if (id.length() != 2) {
            throw new IllegalArgumentException("An optional block id has two characters");
        }
    }
}
