package dev.paycrypto.keys;

import dev.paycrypto.crypto.SecretBytes;
import java.security.SecureRandom;

/** A random storage KBPK that lives only as long as the process: for the local runtime's in-memory mode. */
public final class InMemoryMasterKeyProvider implements MasterKeyProvider {

    private final SecretBytes key;

    public InMemoryMasterKeyProvider(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        this.key = SecretBytes.of(bytes);
        java.util.Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public SecretBytes storageKey() {
        return key;
    }
}
