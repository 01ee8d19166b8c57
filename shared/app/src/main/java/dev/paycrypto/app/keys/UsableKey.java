package dev.paycrypto.app.keys;

import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.keys.StoredKey;

/**
 * A key an operation may use now, with its opened symmetric material. {@code stored} is the key as the response
 * names it (for a wrapped or derived working key: its protection key's identity with the working key's own
 * attributes and check value). Closing wipes the material.
 */
public record UsableKey(StoredKey stored, SecretBytes key) implements AutoCloseable {

    public String keyArn() {
        return stored.keyArn();
    }

    public String keyCheckValue() {
        return stored.keyCheckValue();
    }

    @Override
    public void close() {
        key.wipe();
    }
}
