package dev.paycrypto.keys.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A service-held secret that is not a customer key: an account's certificate authority, the wrapping key pair
 * behind an import token. {@code sealedBlock} is a key block under the storage KBPK; {@code publicData} holds
 * what may be shown (a certificate); {@code expiresAt} is null for records that do not expire.
 */
public record SealedRecord(String account, Kind kind, String id, String sealedBlock, String publicData,
                           Instant expiresAt) {

    public enum Kind {
        CERTIFICATE_AUTHORITY,
        IMPORT_PARAMETERS,
        EXPORT_PARAMETERS
    }

    public SealedRecord {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sealedBlock, "sealedBlock");
    }

    @Override
    public String toString() {
        return "SealedRecord[" + kind + ", " + id + ", expiresAt=" + expiresAt + "]";
    }
}
