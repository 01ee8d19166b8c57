package dev.paycrypto.keys.store;

/**
 * Everything the service keeps of one Region, by record kind: keys, aliases, sealed records, account settings and
 * resource policies and multi-party approval (team associations and sessions).
 * Every write is conditional: creating an item that exists, or replacing one whose version changed since it was
 * read, throws {@link StoreConflictException} and changes nothing. Adapters build one from their parts with
 * {@link ComposedKeyStore}; code that needs only one kind can take that kind's port.
 */
public interface KeyStore extends KeyRepository, AliasRepository, SealedRecordRepository, AccountSettingsRepository,
        ResourcePolicyRepository, MpaRepository {
}
