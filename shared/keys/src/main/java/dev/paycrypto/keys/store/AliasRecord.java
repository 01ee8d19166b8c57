package dev.paycrypto.keys.store;

import java.util.Objects;

/** An alias of an account in a region; {@code keyArn} is null while the alias is unassigned. */
public record AliasRecord(String account, String aliasName, String keyArn, long version) {

    public AliasRecord {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(aliasName, "aliasName");
    }

    public AliasRecord withKeyArn(String newKeyArn) {
        return new AliasRecord(account, aliasName, newKeyArn, version + 1);
    }
}
