package dev.paycrypto.keys;

/**
 * Where a master key is kept: a file of the local runtime's data directory, or a KMS-encrypted item of the
 * deployed key table. {@link MasterKeyGuard} decides whether what it holds may be used, and whether a new key may
 * be made; the source only reads and writes.
 */
public interface MasterKeySource {

    /** What is kept now, read afresh. */
    FoundMasterKey read();

    /**
     * Makes a new random key and keeps it, unless a key appeared there meanwhile (another process starting at the
     * same time); either way returns what is kept now. Never replaces what is there.
     */
    FoundMasterKey createIfAbsent();

    /** The key's place as the subject of a sentence, e.g. {@code The master key file /data/us-east-1/master.key}. */
    String describe();

    /** What an operator does when the key is missing, damaged or different, e.g. restore it from a backup. */
    String remedy();
}
