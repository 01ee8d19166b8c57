package dev.paycrypto.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.keys.store.KeyStore;
import dev.paycrypto.keys.store.SealedRecord;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Keys and a sealed record as the service stores them (TR-31 blocks under a master key), and the check that
 * every one of them opens again, for the master-key tests of both stores.
 */
public final class SealedFixtures {

    public static final String ACCOUNT = "111122223333";
    public static final List<String> KEY_IDS = List.of("aaaaaaaaaaaaaaa1", "aaaaaaaaaaaaaaa2", "aaaaaaaaaaaaaaa3");
    public static final String RECORD_ID = "authority-rsa";
    private static final KeyAttributes CVK = new KeyAttributes(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY,
            KeyClass.SYMMETRIC_KEY, KeyAlgorithm.TDES_2KEY, KeyModesOfUse.GENERATE_VERIFY);
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedFixtures() {
    }

    /** Stores {@link #KEY_IDS} and a sealed record {@link #RECORD_ID}, sealed under {@code masterKey}. */
    public static void storeKeys(KeyStore store, MasterKeyProvider masterKey) {
        KeyMaterialSealer sealer = new KeyMaterialSealer(masterKey, RANDOM);
        for (int i = 0; i < KEY_IDS.size(); i++) {
            String keyId = KEY_IDS.get(i);
            store.createKey(StoredKey.builder().account(ACCOUNT).keyId(keyId)
                    .keyArn("arn:aws:payment-cryptography:us-east-1:" + ACCOUNT + ":key/" + keyId)
                    .attributes(CVK).keyCheckValue("08D7B4").keyCheckValueAlgorithm(KeyCheckValueAlgorithm.ANSI_X9_24)
                    .enabled(true).exportable(true).keyState(KeyState.CREATE_COMPLETE)
                    .keyOrigin(KeyOrigin.EXTERNAL).createTimestamp(Instant.ofEpochMilli(1_795_000_000_123L))
                    .usageStartTimestamp(Instant.ofEpochMilli(1_795_000_000_123L)).tags(Map.of())
                    .keyBlock(sealer.seal(ACCOUNT, keyId, CVK, true, new KeyMaterial.SymmetricKey(material(i))))
                    .version(1).build());
        }
        store.putSealedRecordIfAbsent(new SealedRecord(ACCOUNT, SealedRecord.Kind.CERTIFICATE_AUTHORITY, RECORD_ID,
                sealer.seal(ACCOUNT, RECORD_ID, CVK, false, new KeyMaterial.SymmetricKey(material(9))), null, null));
    }

    /** Every key and the sealed record of {@link #storeKeys} opens under {@code masterKey}, to its material. */
    public static void assertEveryKeyOpens(KeyStore store, MasterKeyProvider masterKey) {
        KeyMaterialSealer sealer = new KeyMaterialSealer(masterKey, RANDOM);
        for (int i = 0; i < KEY_IDS.size(); i++) {
            StoredKey key = store.findKey(ACCOUNT, KEY_IDS.get(i)).orElseThrow();
            assertThat(((KeyMaterial.SymmetricKey) sealer.open(key)).key()).isEqualTo(material(i));
        }
        SealedRecord record = store.findSealedRecord(ACCOUNT, SealedRecord.Kind.CERTIFICATE_AUTHORITY, RECORD_ID)
                .orElseThrow();
        assertThat(((KeyMaterial.SymmetricKey) sealer.open(ACCOUNT, RECORD_ID, CVK, false, record.sealedBlock()))
                .key()).isEqualTo(material(9));
    }

    /** A distinct double-length TDES key per index. */
    private static SecretBytes material(int index) {
        return SecretBytes.fromHex(("0123456789ABCDEFFEDCBA987654321" + index));
    }
}
