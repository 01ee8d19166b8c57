package dev.paycrypto.keys.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycrypto.keys.InMemoryMasterKeyProvider;
import dev.paycrypto.keys.MasterKeyRecord;
import dev.paycrypto.keys.SealedFixtures;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every store records about its master key, and what it tells the guard: new until a key, alias, sealed
 * record or check value is kept; sealed blocks found among keys and sealed records; the check value written once.
 * Each test starts from an empty store.
 */
public abstract class MasterKeyRecordContractTest {

    /** The store under test, empty at the start of each test. */
    protected abstract KeyStore keyStore();

    /** The same store's master-key record. */
    protected abstract MasterKeyRecord record();

    @Test
    void anEmptyStoreIsNewAndHoldsNothingSealed() {
        assertThat(record().isNew()).isTrue();
        assertThat(record().anySealedBlock()).isEmpty();
        assertThat(record().masterKeyCheckValue()).isEmpty();
    }

    @Test
    void theCheckValueIsRecordedOnceAndMakesTheStoreUsed() {
        assertThat(record().storeMasterKeyCheckValueIfAbsent("1AE7034902104674")).isTrue();
        assertThat(record().storeMasterKeyCheckValueIfAbsent("4F90D9406B965501")).isFalse();
        assertThat(record().masterKeyCheckValue()).contains("1AE7034902104674");
        assertThat(record().isNew()).isFalse();
    }

    @Test
    void keysAndSealedRecordsAreSealedBlocks() {
        SealedFixtures.storeKeys(keyStore(), new InMemoryMasterKeyProvider(new SecureRandom()));
        assertThat(record().isNew()).isFalse();
        String block = record().anySealedBlock().orElseThrow();
        assertThat(block).startsWith("D");
        assertThat(storedBlocks()).contains(block);
    }

    @Test
    void aSealedRecordAloneIsASealedBlock() {
        SealedRecord record = new SealedRecord(SealedFixtures.ACCOUNT, SealedRecord.Kind.IMPORT_PARAMETERS, "token",
                "D0144K0TN00E0000SEALED", null, null);
        keyStore().putSealedRecordIfAbsent(record);
        assertThat(record().anySealedBlock()).contains(record.sealedBlock());
        assertThat(record().isNew()).isFalse();
    }

    @Test
    void aPointerRecordWithoutABlockIsNotASealedBlockButUsesTheStore() {
        keyStore().putSealedRecordIfAbsent(new SealedRecord(SealedFixtures.ACCOUNT,
                SealedRecord.Kind.IMPORT_PARAMETERS, "last-IMPORT-RSA_2048", "", "token", null));
        assertThat(record().anySealedBlock()).isEmpty();
        assertThat(record().isNew()).isFalse();
    }

    @Test
    void anAliasUsesTheStoreButIsNotSealed() {
        keyStore().createAlias(new AliasRecord(SealedFixtures.ACCOUNT, "alias/issuing", null, 1));
        assertThat(record().anySealedBlock()).isEmpty();
        assertThat(record().isNew()).isFalse();
    }

    @Test
    void defaultReplicationRegionsAloneLeaveTheStoreNew() {
        keyStore().setDefaultReplicationRegions(SealedFixtures.ACCOUNT, List.of("eu-west-1"));
        assertThat(record().isNew()).isTrue();
    }

    /** The blocks of every key and of the sealed record of {@link SealedFixtures#storeKeys}. */
    private List<String> storedBlocks() {
        List<String> blocks = new java.util.ArrayList<>(keyStore().listKeys(SealedFixtures.ACCOUNT, null, 100, null)
                .items().stream().map(dev.paycrypto.keys.StoredKey::keyBlock).toList());
        blocks.add(keyStore().findSealedRecord(SealedFixtures.ACCOUNT, SealedRecord.Kind.CERTIFICATE_AUTHORITY,
                SealedFixtures.RECORD_ID).orElseThrow().sealedBlock());
        return blocks;
    }
}
