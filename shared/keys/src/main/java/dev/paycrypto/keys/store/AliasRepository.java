package dev.paycrypto.keys.store;

import java.util.Optional;

/**
 * The aliases of one Region, each versioned like a key: a create of an existing alias, or a replace of one that
 * changed since it was read, throws {@link StoreConflictException} and changes nothing.
 */
public interface AliasRepository {

    /** Stores a new alias; its version must be 1. */
    void createAlias(AliasRecord alias);

    Optional<AliasRecord> findAlias(String account, String aliasName);

    /** Replaces an alias if the stored version is {@code updated.version() - 1}. */
    void replaceAlias(AliasRecord updated);

    /** True if the alias existed. */
    boolean deleteAlias(String account, String aliasName);

    /**
     * Lists an account's aliases in a stable order, optionally only those pointing at {@code keyArn}.
     *
     * @throws InvalidPageTokenException for a token the store did not issue
     */
    Page<AliasRecord> listAliases(String account, String keyArn, int maxResults, String pageToken);
}
