package dev.paycrypto.crypto.keyblock;

import dev.paycrypto.crypto.SecretBytes;

/** What unwrapping a key block yields: its authenticated header and the clear key. */
public record Tr31Unwrapped(Tr31Header header, SecretBytes key) {
}
