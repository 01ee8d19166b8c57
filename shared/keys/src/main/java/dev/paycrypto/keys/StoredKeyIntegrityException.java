package dev.paycrypto.keys;

/**
 * A stored key failed its integrity check: its key block does not open under the storage key, or its header or
 * bound blocks disagree with the metadata beside it. The key is unusable; nothing secret is in the message.
 */
public class StoredKeyIntegrityException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoredKeyIntegrityException(String keyId) {
        super("The stored material of key " + keyId + " failed its integrity check; the key cannot be used");
    }
}
