package dev.paycrypto.keys.store;

import dev.paycrypto.keys.KeyState;
import dev.paycrypto.keys.StoredKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A {@link KeyStore} made of one part per record kind, each call handed to the part that keeps that kind: how an
 * adapter (SQLite, DynamoDB) assembles its repositories into the one store {@code Services} carries, without each
 * adapter repeating the delegation. The parts are also available on their own, for code that needs one kind.
 */
public class ComposedKeyStore implements KeyStore {

    private final KeyRepository keys;
    private final AliasRepository aliases;
    private final SealedRecordRepository sealedRecords;
    private final AccountSettingsRepository accountSettings;
    private final ResourcePolicyRepository resourcePolicies;
    private final MpaRepository mpa;

    public ComposedKeyStore(KeyRepository keys, AliasRepository aliases, SealedRecordRepository sealedRecords,
                            AccountSettingsRepository accountSettings, ResourcePolicyRepository resourcePolicies,
                            MpaRepository mpa) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.aliases = Objects.requireNonNull(aliases, "aliases");
        this.sealedRecords = Objects.requireNonNull(sealedRecords, "sealedRecords");
        this.accountSettings = Objects.requireNonNull(accountSettings, "accountSettings");
        this.resourcePolicies = Objects.requireNonNull(resourcePolicies, "resourcePolicies");
        this.mpa = Objects.requireNonNull(mpa, "mpa");
    }

    public final KeyRepository keys() {
        return keys;
    }

    public final AliasRepository aliases() {
        return aliases;
    }

    public final SealedRecordRepository sealedRecords() {
        return sealedRecords;
    }

    public final AccountSettingsRepository accountSettings() {
        return accountSettings;
    }

    public final ResourcePolicyRepository resourcePolicies() {
        return resourcePolicies;
    }

    public final MpaRepository mpa() {
        return mpa;
    }

    @Override
    public final void createKey(StoredKey key) {
        keys.createKey(key);
    }

    @Override
    public final Optional<StoredKey> findKey(String account, String keyId) {
        return keys.findKey(account, keyId);
    }

    @Override
    public final void replaceKey(StoredKey updated) {
        keys.replaceKey(updated);
    }

    @Override
    public final boolean deleteKey(String account, String keyId) {
        return keys.deleteKey(account, keyId);
    }

    @Override
    public final Page<StoredKey> listKeys(String account, KeyState state, int maxResults, String pageToken) {
        return keys.listKeys(account, state, maxResults, pageToken);
    }

    @Override
    public final List<StoredKey> findDueForPurge(Instant now, int limit) {
        return keys.findDueForPurge(now, limit);
    }

    @Override
    public final Optional<StoredKey> updateKey(String account, String keyId, UnaryOperator<StoredKey> change) {
        return keys.updateKey(account, keyId, change);
    }

    @Override
    public final void createAlias(AliasRecord alias) {
        aliases.createAlias(alias);
    }

    @Override
    public final Optional<AliasRecord> findAlias(String account, String aliasName) {
        return aliases.findAlias(account, aliasName);
    }

    @Override
    public final void replaceAlias(AliasRecord updated) {
        aliases.replaceAlias(updated);
    }

    @Override
    public final boolean deleteAlias(String account, String aliasName) {
        return aliases.deleteAlias(account, aliasName);
    }

    @Override
    public final Page<AliasRecord> listAliases(String account, String keyArn, int maxResults, String pageToken) {
        return aliases.listAliases(account, keyArn, maxResults, pageToken);
    }

    @Override
    public final boolean putSealedRecordIfAbsent(SealedRecord record) {
        return sealedRecords.putSealedRecordIfAbsent(record);
    }

    @Override
    public final Optional<SealedRecord> findSealedRecord(String account, SealedRecord.Kind kind, String id) {
        return sealedRecords.findSealedRecord(account, kind, id);
    }

    @Override
    public final boolean deleteSealedRecord(String account, SealedRecord.Kind kind, String id) {
        return sealedRecords.deleteSealedRecord(account, kind, id);
    }

    @Override
    public final List<String> defaultReplicationRegions(String account) {
        return accountSettings.defaultReplicationRegions(account);
    }

    @Override
    public final void setDefaultReplicationRegions(String account, List<String> regions) {
        accountSettings.setDefaultReplicationRegions(account, regions);
    }

    @Override
    public final Optional<String> findResourcePolicy(String account, String keyId) {
        return resourcePolicies.findResourcePolicy(account, keyId);
    }

    @Override
    public final void putResourcePolicy(String account, String keyId, String policy) {
        resourcePolicies.putResourcePolicy(account, keyId, policy);
    }

    @Override
    public final boolean deleteResourcePolicy(String account, String keyId) {
        return resourcePolicies.deleteResourcePolicy(account, keyId);
    }

    @Override
    public final void createMpaAssociation(MpaAssociationRecord association) {
        mpa.createMpaAssociation(association);
    }

    @Override
    public final Optional<MpaAssociationRecord> findMpaAssociation(String account, String action) {
        return mpa.findMpaAssociation(account, action);
    }

    @Override
    public final void replaceMpaAssociation(MpaAssociationRecord updated) {
        mpa.replaceMpaAssociation(updated);
    }

    @Override
    public final boolean deleteMpaAssociation(String account, String action, long version) {
        return mpa.deleteMpaAssociation(account, action, version);
    }

    @Override
    public final void createMpaSession(MpaSessionRecord session) {
        mpa.createMpaSession(session);
    }

    @Override
    public final Optional<MpaSessionRecord> findMpaSession(String account, String sessionId) {
        return mpa.findMpaSession(account, sessionId);
    }

    @Override
    public final void replaceMpaSession(MpaSessionRecord updated) {
        mpa.replaceMpaSession(updated);
    }
}
