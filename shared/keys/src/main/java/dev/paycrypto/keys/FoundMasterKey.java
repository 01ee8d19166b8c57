package dev.paycrypto.keys;

import dev.paycrypto.crypto.SecretBytes;

/** What a {@link MasterKeySource} found where it keeps the master key, before {@link MasterKeyGuard} judges it. */
public sealed interface FoundMasterKey {

    /** A key of the right length (32 bytes), not yet checked against the store. */
    record Present(SecretBytes key) implements FoundMasterKey {
        public Present {
            if (key.length() != MasterKeyGuard.KEY_BYTES) {
                throw new IllegalArgumentException("A master key is " + MasterKeyGuard.KEY_BYTES + " bytes");
            }
        }
    }

    /** Nothing is there. */
    record Missing() implements FoundMasterKey {
    }

    /** Something is there, but it is {@code bytes} long instead of 32: truncated or damaged. */
    record WrongLength(int bytes) implements FoundMasterKey {
    }

    /** What {@code bytes} read from a file or decrypted by KMS amount to; the caller still wipes its array. */
    static FoundMasterKey of(byte[] bytes) {
        return bytes.length == MasterKeyGuard.KEY_BYTES ? new Present(SecretBytes.of(bytes))
                : new WrongLength(bytes.length);
    }
}
