package dev.paycrypto.keys.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.keys.InMemoryMasterKeyProvider;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyCheckValueAlgorithm;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyMaterialSealer;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.keys.KeyOrigin;
import dev.paycrypto.keys.KeyReplication;
import dev.paycrypto.keys.KeyState;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.keys.StoredKeyIntegrityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link KeyStore} adapter passes: conditional writes, lost-update freedom, pagination,
 * aliases, sealed records consumed once, accounts kept apart, and tampering refused when the key is opened.
 */
public abstract class KeyStoreContractTest {

    protected static final SecureRandom RANDOM = new SecureRandom();
    protected static final KeyMaterialSealer SEALER =
            new KeyMaterialSealer(new InMemoryMasterKeyProvider(RANDOM), RANDOM);
    protected static final KeyAttributes CVK = new KeyAttributes(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY,
            KeyClass.SYMMETRIC_KEY, KeyAlgorithm.TDES_2KEY, KeyModesOfUse.GENERATE_VERIFY);

    /** The store under test, empty for each test's fresh account. */
    protected abstract KeyStore store();

    /** Overwrites one stored attribute of a key behind the store's back, as an attacker with database access. */
    protected abstract void tamper(String account, String keyId, String attribute, String value);

    protected final String account = String.format("%012d", Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000_000L));

    protected StoredKey newKey(String keyId) {
        SecretBytes material = SecretBytes.fromHex("0123456789ABCDEFFEDCBA9876543210");
        return StoredKey.builder().account(account).keyId(keyId)
                .keyArn("arn:aws:payment-cryptography:us-east-1:" + account + ":key/" + keyId)
                .attributes(CVK).keyCheckValue("08D7B4").keyCheckValueAlgorithm(KeyCheckValueAlgorithm.ANSI_X9_24)
                .enabled(true).exportable(true).keyState(KeyState.CREATE_COMPLETE)
                .keyOrigin(KeyOrigin.EXTERNAL).createTimestamp(Instant.ofEpochMilli(1_795_000_000_123L))
                .usageStartTimestamp(Instant.ofEpochMilli(1_795_000_000_123L))
                .tags(Map.of("Project", "Issuing"))
                .keyBlock(SEALER.seal(account, keyId, CVK, true, new KeyMaterial.SymmetricKey(material)))
                .version(1).build();
    }

    private static String id(int i) {
        return String.format("key%013d", i);
    }

    @Test
    void keepsAnAccountsDefaultReplicationRegions() {
        assertThat(store().defaultReplicationRegions(account)).isEmpty();
        store().setDefaultReplicationRegions(account, List.of("eu-west-1", "us-west-2"));
        assertThat(store().defaultReplicationRegions(account)).containsExactly("eu-west-1", "us-west-2");
        store().setDefaultReplicationRegions(account, List.of());
        assertThat(store().defaultReplicationRegions(account)).isEmpty();
    }

    @Test
    void keepsOnePolicyPerKeyReplacesItAndDeletesItOnce() {
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[]}";
        assertThat(store().findResourcePolicy(account, id(1))).isEmpty();
        assertThat(store().deleteResourcePolicy(account, id(1))).isFalse();
        store().putResourcePolicy(account, id(1), policy);
        store().putResourcePolicy(account, id(1), policy + " ");
        assertThat(store().findResourcePolicy(account, id(1))).contains(policy + " ");
        assertThat(store().findResourcePolicy(account, id(2))).isEmpty();
        assertThat(store().findResourcePolicy("999988887777", id(1))).isEmpty();
        store().createKey(newKey(id(1)));
        assertThat(store().listKeys(account, null, 10, null).items()).hasSize(1);
        assertThat(store().deleteResourcePolicy(account, id(1))).isTrue();
        assertThat(store().deleteResourcePolicy(account, id(1))).isFalse();
        assertThat(store().findResourcePolicy(account, id(1))).isEmpty();
        assertThat(store().findKey(account, id(1))).isPresent();
    }

    @Test
    void keepsAKeysReplicationState() {
        KeyReplication primary = new KeyReplication(KeyReplication.Role.PRIMARY, "us-east-1", Map.of(
                "eu-west-1", new KeyReplication.RegionStatus(KeyReplication.State.SYNCHRONIZED, null)), false)
                .withRegion("us-west-2", new KeyReplication.RegionStatus(KeyReplication.State.FAILED, "Region us-west-2; not served=yes"));
        StoredKey key = newKey(id(801)).toBuilder().replication(primary).build();
        store().createKey(key);
        assertThat(store().findKey(account, key.keyId()).orElseThrow().replication()).isEqualTo(primary);

        StoredKey cleared = key.toBuilder().replication(primary.withoutRegion("us-west-2")).version(2).build();
        store().replaceKey(cleared);
        assertThat(store().findKey(account, key.keyId()).orElseThrow().replication().regions())
                .containsOnlyKeys("eu-west-1");
        assertThat(store().findKey(account, id(801)).orElseThrow().replication().role())
                .isEqualTo(KeyReplication.Role.PRIMARY);
        StoredKey single = newKey(id(802));
        store().createKey(single);
        assertThat(store().findKey(account, single.keyId()).orElseThrow().replication()).isNull();
    }

    @Test
    void findsTheKeysDueForPurgeOnly() {
        Instant now = Instant.ofEpochMilli(1_796_000_000_000L);
        StoredKey due = pending(newKey(id(901)), now.minusSeconds(60));
        StoredKey later = pending(newKey(id(902)), now.plusSeconds(60));
        StoredKey atTheMoment = pending(newKey(id(903)), now);
        store().createKey(due);
        store().createKey(later);
        store().createKey(atTheMoment);
        store().createKey(newKey(id(904)));

        List<String> found = store().findDueForPurge(now, 1000).stream()
                .filter(key -> key.account().equals(account)).map(StoredKey::keyId).toList();
        assertThat(found).containsExactlyInAnyOrder(due.keyId(), atTheMoment.keyId());
        assertThat(store().findDueForPurge(now, 1)).hasSize(1);
    }

    private static StoredKey pending(StoredKey key, Instant due) {
        return key.toBuilder().enabled(false).keyState(KeyState.DELETE_PENDING).deletePendingTimestamp(due).build();
    }

    @Test
    void storesFindsReplacesAndDeletesAKey() {
        StoredKey key = newKey(id(1));
        store().createKey(key);
        assertThat(store().findKey(account, id(1))).contains(key);
        StoredKey changed = key.toBuilder().enabled(false).usageStopTimestamp(Instant.ofEpochMilli(1_795_000_100_000L))
                .version(2).build();
        store().replaceKey(changed);
        assertThat(store().findKey(account, id(1))).contains(changed);
        assertThat(store().deleteKey(account, id(1))).isTrue();
        assertThat(store().findKey(account, id(1))).isEmpty();
        assertThat(store().deleteKey(account, id(1))).isFalse();
    }

    @Test
    void refusesToCreateAKeyTwice() {
        store().createKey(newKey(id(2)));
        assertThatThrownBy(() -> store().createKey(newKey(id(2)))).isInstanceOf(StoreConflictException.class);
    }

    @Test
    void refusesAStaleReplaceAndChangesNothing() {
        StoredKey key = newKey(id(3));
        store().createKey(key);
        store().replaceKey(key.toBuilder().enabled(false).version(2).build());
        assertThatThrownBy(() -> store().replaceKey(key.toBuilder().exportable(false).version(2).build()))
                .isInstanceOf(StoreConflictException.class);
        StoredKey stored = store().findKey(account, id(3)).orElseThrow();
        assertThat(stored.exportable()).isTrue();
        assertThat(stored.enabled()).isFalse();
    }

    @Test
    void concurrentUpdatesOfOneKeyLoseNoWrite() throws Exception {
        store().createKey(newKey(id(4)));
        int threads = 8;
        int perThread = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    String tag = "t" + next.getAndIncrement();
                    store().updateKey(account, id(4), key -> {
                        Map<String, String> tags = new LinkedHashMap<>(key.tags());
                        tags.put(tag, "x");
                        return key.toBuilder().tags(tags).build();
                    });
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        StoredKey stored = store().findKey(account, id(4)).orElseThrow();
        assertThat(stored.tags()).hasSize(threads * perThread + 1);
        assertThat(stored.version()).isEqualTo(threads * perThread + 1);
    }

    @Test
    void listsEveryKeyExactlyOnceAcrossPagesAndFiltersByState() {
        for (int i = 0; i < 120; i++) {
            StoredKey key = newKey(id(100 + i));
            store().createKey(i % 10 == 0 ? key.toBuilder().keyState(KeyState.DELETE_PENDING).build() : key);
        }
        Set<String> seen = new HashSet<>();
        String token = null;
        int pages = 0;
        do {
            Page<StoredKey> page = store().listKeys(account, null, 50, token);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(50);
            page.items().forEach(k -> assertThat(seen.add(k.keyId())).isTrue());
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertThat(seen).hasSize(120);
        assertThat(pages).isEqualTo(3);
        Page<StoredKey> pending = store().listKeys(account, KeyState.DELETE_PENDING, 100, null);
        assertThat(pending.items()).hasSize(12).allMatch(k -> k.keyState() == KeyState.DELETE_PENDING);
        assertThat(pending.nextToken()).isNull();
    }

    @Test
    void refusesAPageTokenItDidNotIssue() {
        assertThatThrownBy(() -> store().listKeys(account, null, 10, "not-a-token"))
                .isInstanceOf(InvalidPageTokenException.class);
        assertThatThrownBy(() -> store().listAliases(account, null, 10, PageTokens.encode("keys", "x")))
                .isInstanceOf(InvalidPageTokenException.class);
    }

    @Test
    void keepsAliasesListsThemByKeyAndPaginates() {
        for (int i = 0; i < 12; i++) {
            store().createAlias(new AliasRecord(account, "alias/a" + String.format("%02d", i),
                    i % 2 == 0 ? "arn:even" : null, 1));
        }
        assertThatThrownBy(() -> store().createAlias(new AliasRecord(account, "alias/a00", null, 1)))
                .isInstanceOf(StoreConflictException.class);
        AliasRecord alias = store().findAlias(account, "alias/a01").orElseThrow();
        store().replaceAlias(alias.withKeyArn("arn:other"));
        assertThatThrownBy(() -> store().replaceAlias(alias.withKeyArn("arn:stale")))
                .isInstanceOf(StoreConflictException.class);
        assertThat(store().findAlias(account, "alias/a01").orElseThrow().keyArn()).isEqualTo("arn:other");
        assertThat(store().listAliases(account, "arn:even", 100, null).items()).hasSize(6);
        Page<AliasRecord> first = store().listAliases(account, null, 5, null);
        Page<AliasRecord> second = store().listAliases(account, null, 5, first.nextToken());
        Page<AliasRecord> third = store().listAliases(account, null, 5, second.nextToken());
        assertThat(first.items()).hasSize(5);
        assertThat(third.items()).hasSize(2);
        assertThat(third.nextToken()).isNull();
        assertThat(store().deleteAlias(account, "alias/a00")).isTrue();
        assertThat(store().deleteAlias(account, "alias/a00")).isFalse();
    }

    @Test
    void aSealedRecordIsWrittenOnceAndConsumedOnce() throws Exception {
        SealedRecord record = new SealedRecord(account, SealedRecord.Kind.IMPORT_PARAMETERS, "token1", "block",
                "cert", Instant.ofEpochSecond(1_900_000_000L));
        assertThat(store().putSealedRecordIfAbsent(record)).isTrue();
        assertThat(store().putSealedRecordIfAbsent(record)).isFalse();
        assertThat(store().findSealedRecord(account, SealedRecord.Kind.IMPORT_PARAMETERS, "token1")).contains(record);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Boolean> a = pool.submit(() -> store().deleteSealedRecord(account, SealedRecord.Kind.IMPORT_PARAMETERS, "token1"));
        Future<Boolean> b = pool.submit(() -> store().deleteSealedRecord(account, SealedRecord.Kind.IMPORT_PARAMETERS, "token1"));
        assertThat(a.get() ^ b.get()).isTrue();
        pool.shutdown();
    }

    @Test
    void aRecordThatOnlyPointsAtAnotherKeepsItsEmptyBlockAndIsReplacedByDeleteThenPut() {
        // the "last token issued" pointers of ReuseLastGeneratedToken: no sealed material, the token in publicData
        SealedRecord first = new SealedRecord(account, SealedRecord.Kind.EXPORT_PARAMETERS, "last-TR34_EXPORT-RSA_2048",
                "", "export-token-one", Instant.ofEpochSecond(1_900_000_000L));
        assertThat(store().putSealedRecordIfAbsent(first)).isTrue();
        assertThat(store().findSealedRecord(account, SealedRecord.Kind.EXPORT_PARAMETERS, first.id())).contains(first);
        SealedRecord second = new SealedRecord(account, SealedRecord.Kind.EXPORT_PARAMETERS, first.id(), "",
                "export-token-two", Instant.ofEpochSecond(1_900_000_100L));
        assertThat(store().deleteSealedRecord(account, SealedRecord.Kind.EXPORT_PARAMETERS, first.id())).isTrue();
        assertThat(store().putSealedRecordIfAbsent(second)).isTrue();
        assertThat(store().findSealedRecord(account, SealedRecord.Kind.EXPORT_PARAMETERS, first.id())).contains(second);
    }

    @Test
    void keepsOneMpaTeamAssociationPerActionAndChangesItOnlyFromTheVersionRead() {
        String team = "arn:aws:mpa:us-east-1:111122223333:approval-team/approvers";
        MpaAssociationRecord first = new MpaAssociationRecord(account, "IMPORT_ROOT_PUBLIC_KEY_CERTIFICATE", team,
                MpaAssociationRecord.State.ACTIVE, null, null, 1);
        store().createMpaAssociation(first);
        assertThatThrownBy(() -> store().createMpaAssociation(first)).isInstanceOf(StoreConflictException.class);
        assertThat(store().findMpaAssociation(account, "IMPORT_ROOT_PUBLIC_KEY_CERTIFICATE")).contains(first);
        MpaAssociationRecord pending = first.next(team, MpaAssociationRecord.State.UPDATE_PENDING,
                team.replace("approvers", "new-approvers"), "team-session1");
        store().replaceMpaAssociation(pending);
        MpaAssociationRecord stale = first.next(team, MpaAssociationRecord.State.DELETE_PENDING, null, "other");
        assertThatThrownBy(() -> store().replaceMpaAssociation(stale)).isInstanceOf(StoreConflictException.class);
        assertThat(store().findMpaAssociation(account, "IMPORT_ROOT_PUBLIC_KEY_CERTIFICATE")).contains(pending);
        assertThat(store().findMpaAssociation("999999999999", "IMPORT_ROOT_PUBLIC_KEY_CERTIFICATE")).isEmpty();
        assertThat(store().deleteMpaAssociation(account, "IMPORT_ROOT_PUBLIC_KEY_CERTIFICATE", 1)).isFalse();
        assertThat(store().findMpaAssociation(account, "IMPORT_ROOT_PUBLIC_KEY_CERTIFICATE")).contains(pending);
        assertThat(store().deleteMpaAssociation(account, "IMPORT_ROOT_PUBLIC_KEY_CERTIFICATE", 2)).isTrue();
        assertThat(store().findMpaAssociation(account, "IMPORT_ROOT_PUBLIC_KEY_CERTIFICATE")).isEmpty();
    }

    @Test
    void keepsMpaSessionsAndDecidesEachOnce() {
        Instant initiated = Instant.parse("2026-11-22T12:00:00.123Z");
        MpaSessionRecord session = new MpaSessionRecord(account, "import-" + id(7), "arn:aws:mpa:us-east-1:"
                + account + ":session/approvers/import-" + id(7), MpaSessionRecord.Purpose.IMPORT_ROOT_CERTIFICATE,
                "IMPORT_ROOT_PUBLIC_KEY_CERTIFICATE", "arn:aws:mpa:us-east-1:111122223333:approval-team/approvers",
                id(7), MpaSessionRecord.Status.PENDING, initiated, initiated.plusSeconds(86_400), "waiting", 1);
        store().createMpaSession(session);
        assertThatThrownBy(() -> store().createMpaSession(session)).isInstanceOf(StoreConflictException.class);
        assertThat(store().findMpaSession(account, session.sessionId())).contains(session);
        assertThat(store().findMpaSession("999999999999", session.sessionId())).isEmpty();
        MpaSessionRecord approved = session.decided(MpaSessionRecord.Status.APPROVED, "approved");
        store().replaceMpaSession(approved);
        MpaSessionRecord rejectedFromTheSameRead = session.decided(MpaSessionRecord.Status.FAILED, "rejected");
        assertThatThrownBy(() -> store().replaceMpaSession(rejectedFromTheSameRead))
                .isInstanceOf(StoreConflictException.class);
        assertThat(store().findMpaSession(account, session.sessionId())).contains(approved);
    }

    @Test
    void keepsAccountsApart() {
        store().createKey(newKey(id(5)));
        assertThat(store().findKey("999999999999", id(5))).isEmpty();
        assertThat(store().listKeys("999999999999", null, 10, null).items()).isEmpty();
    }

    @Test
    void aTamperedItemIsRefusedWhenOpened() {
        store().createKey(newKey(id(6)));
        assertThat(SEALER.open(store().findKey(account, id(6)).orElseThrow())).isNotNull();

        tamper(account, id(6), "exportable", "false");
        StoredKey exportabilityChanged = store().findKey(account, id(6)).orElseThrow();
        assertThat(exportabilityChanged.exportable()).isFalse();
        assertThatThrownBy(() -> SEALER.open(exportabilityChanged)).isInstanceOf(StoredKeyIntegrityException.class)
                .hasMessageContaining(id(6));

        store().createKey(newKey(id(7)));
        tamper(account, id(7), "keyUsage", "TR31_V2_VISA_PIN_VERIFICATION_KEY");
        assertThatThrownBy(() -> SEALER.open(store().findKey(account, id(7)).orElseThrow()))
                .isInstanceOf(StoredKeyIntegrityException.class);

        store().createKey(newKey(id(8)));
        store().createKey(newKey(id(9)));
        tamper(account, id(8), "keyBlock", store().findKey(account, id(9)).orElseThrow().keyBlock());
        assertThatThrownBy(() -> SEALER.open(store().findKey(account, id(8)).orElseThrow()))
                .isInstanceOf(StoredKeyIntegrityException.class);

        store().createKey(newKey(id(10)));
        String block = store().findKey(account, id(10)).orElseThrow().keyBlock();
        char flipped = block.charAt(60) == 'A' ? 'B' : 'A';
        tamper(account, id(10), "keyBlock", block.substring(0, 60) + flipped + block.substring(61));
        assertThatThrownBy(() -> SEALER.open(store().findKey(account, id(10)).orElseThrow()))
                .isInstanceOf(StoredKeyIntegrityException.class);
    }
}
