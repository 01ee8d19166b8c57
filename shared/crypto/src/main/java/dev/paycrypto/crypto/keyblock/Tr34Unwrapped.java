package dev.paycrypto.crypto.keyblock;

import dev.paycrypto.crypto.SecretBytes;

/**
 * What unwrapping a TR-34 key block yields: the key block header the KDH signed (also found, identical, inside the
 * encrypted key block) and the clear key.
 */
public record Tr34Unwrapped(Tr31Header header, SecretBytes key) {
}
