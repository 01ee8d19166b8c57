package dev.paycrypto.keys;

import dev.paycrypto.crypto.SecretBytes;

/** Supplies the AES-256 storage key block protection key under which every stored key block is sealed. */
public interface MasterKeyProvider {

    /** The storage KBPK (32 bytes). Implementations fetch or decrypt it once and keep it for the process. */
    SecretBytes storageKey();
}
