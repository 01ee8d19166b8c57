package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyClient;
import software.amazon.awssdk.services.paymentcryptography.model.ConflictException;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyClass;
import software.amazon.awssdk.services.paymentcryptography.model.KeyState;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptography.model.ResourceNotFoundException;
import software.amazon.awssdk.services.paymentcryptography.model.ValidationException;

/** The lifecycle rules of "Managing keys", through the SDK: what each state allows and refuses. */
class LifecycleRulesE2ETest extends LocalServiceTest {

    @Test
    void aStoppedKeyIsRefusedUntilStartedAgain() {
        Key key = E2E.createCvk(control);
        Key stopped = control.stopKeyUsage(r -> r.keyIdentifier(key.keyArn())).key();
        assertThat(stopped.enabled()).isFalse();
        assertThat(stopped.usageStopTimestamp()).isNotNull();
        assertThatThrownBy(() -> E2E.cvv2(data, key.keyArn()))
                .isInstanceOf(software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException.class)
                .hasMessageContaining("disabled");
        assertThat(control.startKeyUsage(r -> r.keyIdentifier(key.keyArn())).key().enabled()).isTrue();
        assertThat(E2E.cvv2(data, key.keyArn()).validationData()).matches("[0-9]{3}");
    }

    @Test
    void aKeyPendingDeletionAllowsOnlyGetListAndRestore() {
        Key key = E2E.createCvk(control);
        Key pending = control.deleteKey(r -> r.keyIdentifier(key.keyArn()).deleteKeyInDays(3)).key();
        assertThat(pending.keyState()).isEqualTo(KeyState.DELETE_PENDING);
        assertThat(pending.enabled()).isFalse();
        assertThat(Duration.between(pending.usageStopTimestamp(), pending.deletePendingTimestamp()))
                .isEqualTo(Duration.ofDays(3));

        assertThat(control.getKey(r -> r.keyIdentifier(key.keyArn())).key().keyState()).isEqualTo(KeyState.DELETE_PENDING);
        assertThat(control.listKeys(r -> r.keyState(KeyState.DELETE_PENDING)).keys())
                .anyMatch(k -> k.keyArn().equals(key.keyArn()));
        assertThatThrownBy(() -> control.startKeyUsage(r -> r.keyIdentifier(key.keyArn())))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> control.stopKeyUsage(r -> r.keyIdentifier(key.keyArn())))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> control.deleteKey(r -> r.keyIdentifier(key.keyArn())))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> control.tagResource(r -> r.resourceArn(key.keyArn()).tags(t -> t.key("a").value("b"))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> control.untagResource(r -> r.resourceArn(key.keyArn()).tagKeys("a")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> control.listTagsForResource(r -> r.resourceArn(key.keyArn())))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> E2E.cvv2(data, key.keyArn()))
                .isInstanceOf(software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException.class)
                .hasMessageContaining("pending deletion");

        Key restored = control.restoreKey(r -> r.keyIdentifier(key.keyArn())).key();
        assertThat(restored.keyState()).isEqualTo(KeyState.CREATE_COMPLETE);
        assertThat(restored.deletePendingTimestamp()).isNull();
        assertThat(restored.enabled()).as("a restored key stays disabled").isFalse();
        assertThatThrownBy(() -> control.restoreKey(r -> r.keyIdentifier(key.keyArn())))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void theWaitingPeriodIsThreeToOneHundredEightyDaysDefaultSeven() {
        Key key = E2E.createCvk(control);
        assertThatThrownBy(() -> control.deleteKey(r -> r.keyIdentifier(key.keyArn()).deleteKeyInDays(2)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("DeleteKeyInDays");
        assertThatThrownBy(() -> control.deleteKey(r -> r.keyIdentifier(key.keyArn()).deleteKeyInDays(181)))
                .isInstanceOf(ValidationException.class);
        assertThat(control.getKey(r -> r.keyIdentifier(key.keyArn())).key().keyState()).isEqualTo(KeyState.CREATE_COMPLETE);
        Key pending = control.deleteKey(r -> r.keyIdentifier(key.keyArn())).key();
        assertThat(Duration.between(pending.usageStopTimestamp(), pending.deletePendingTimestamp()))
                .isEqualTo(Duration.ofDays(7));
    }

    @Test
    void invalidAttributeCombinationsAreRefusedAtCreation() {
        assertThatThrownBy(() -> control.createKey(r -> r.exportable(true).keyAttributes(a -> a
                .keyAlgorithm(KeyAlgorithm.AES_128).keyUsage(KeyUsage.TR31_M1_ISO_9797_1_MAC_KEY)
                .keyClass(KeyClass.SYMMETRIC_KEY).keyModesOfUse(m -> m.generate(true)))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("KeyAlgorithm");
        assertThatThrownBy(() -> control.createKey(r -> r.exportable(true).keyAttributes(a -> a
                .keyAlgorithm(KeyAlgorithm.TDES_2_KEY).keyUsage(KeyUsage.TR31_P0_PIN_ENCRYPTION_KEY)
                .keyClass(KeyClass.SYMMETRIC_KEY).keyModesOfUse(m -> m.generate(true).verify(true)))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("KeyModesOfUse")
                // the refusal lists the valid combinations for the usage and class, in the wire names
                .hasMessageContaining("valid for TR31_P0_PIN_ENCRYPTION_KEY SYMMETRIC_KEY: {Decrypt, Unwrap} or "
                        + "{Encrypt, Decrypt, Wrap, Unwrap} or {Encrypt, Wrap} or {NoRestrictions}");
    }

    @Test
    void createsKeysOfEveryAlgorithmFamily() {
        Key aes = control.createKey(r -> r.exportable(false).keyAttributes(a -> a.keyAlgorithm(KeyAlgorithm.AES_256)
                .keyUsage(KeyUsage.TR31_K1_KEY_BLOCK_PROTECTION_KEY).keyClass(KeyClass.SYMMETRIC_KEY)
                .keyModesOfUse(m -> m.encrypt(true).decrypt(true).wrap(true).unwrap(true)))).key();
        assertThat(aes.keyCheckValueAlgorithmAsString()).isEqualTo("CMAC");
        Key hmac = control.createKey(r -> r.exportable(false).keyAttributes(a -> a.keyAlgorithm(KeyAlgorithm.HMAC_SHA384)
                .keyUsage(KeyUsage.TR31_M7_HMAC_KEY).keyClass(KeyClass.SYMMETRIC_KEY)
                .keyModesOfUse(m -> m.generate(true).verify(true)))).key();
        assertThat(hmac.keyCheckValueAlgorithmAsString()).isEqualTo("HMAC");
        Key rsa = control.createKey(r -> r.exportable(false).keyAttributes(a -> a.keyAlgorithm(KeyAlgorithm.RSA_2048)
                .keyUsage(KeyUsage.TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION).keyClass(KeyClass.ASYMMETRIC_KEY_PAIR)
                .keyModesOfUse(m -> m.encrypt(true).decrypt(true).wrap(true).unwrap(true)))).key();
        assertThat(rsa.keyCheckValue()).matches("[0-9A-F]{8}");
        Key ecc = control.createKey(r -> r.exportable(false).deriveKeyUsage("TR31_K1_KEY_BLOCK_PROTECTION_KEY")
                .keyAttributes(a -> a.keyAlgorithm(KeyAlgorithm.ECC_NIST_P384)
                .keyUsage(KeyUsage.TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT).keyClass(KeyClass.ASYMMETRIC_KEY_PAIR)
                .keyModesOfUse(m -> m.deriveKey(true)))).key();
        assertThat(ecc.deriveKeyUsageAsString()).isEqualTo("TR31_K1_KEY_BLOCK_PROTECTION_KEY");
        Key tdes3 = control.createKey(r -> r.exportable(true).keyCheckValueAlgorithm("CMAC").keyAttributes(a -> a
                .keyAlgorithm(KeyAlgorithm.TDES_3_KEY).keyUsage(KeyUsage.TR31_P0_PIN_ENCRYPTION_KEY)
                .keyClass(KeyClass.SYMMETRIC_KEY).keyModesOfUse(m -> m.encrypt(true).wrap(true)))).key();
        assertThat(tdes3.keyCheckValueAlgorithmAsString()).isEqualTo("CMAC");
    }

    @Test
    void keysAreRegionalAndUnknownKeysAreNotFound() {
        Key key = E2E.createCvk(control);
        PaymentCryptographyClient west = service.control(Region.US_WEST_2);
        assertThatThrownBy(() -> west.getKey(r -> r.keyIdentifier(key.keyArn())))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(west.listKeys(r -> { }).keys()).noneMatch(k -> k.keyArn().equals(key.keyArn()));
        String unknown = key.keyArn().substring(0, key.keyArn().length() - 16) + "0000000000000000";
        assertThatThrownBy(() -> control.getKey(r -> r.keyIdentifier(unknown)))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.resourceId()).isEqualTo(unknown));
    }

    @Test
    void aKeyOfAnotherUsageIsRefusedForCardValidationData() {
        Key pek = control.createKey(r -> r.exportable(true).keyAttributes(a -> a.keyAlgorithm(KeyAlgorithm.TDES_2_KEY)
                .keyUsage(KeyUsage.TR31_P0_PIN_ENCRYPTION_KEY).keyClass(KeyClass.SYMMETRIC_KEY)
                .keyModesOfUse(m -> m.encrypt(true).decrypt(true).wrap(true).unwrap(true)))).key();
        assertThatThrownBy(() -> E2E.cvv2(data, pek.keyArn()))
                .isInstanceOf(software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException.class)
                .hasMessageContaining("TR31_C0_CARD_VERIFICATION_KEY");
        Key verifyOnly = control.createKey(r -> r.exportable(true).keyAttributes(a -> a
                .keyAlgorithm(KeyAlgorithm.TDES_2_KEY).keyUsage(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY)
                .keyClass(KeyClass.SYMMETRIC_KEY).keyModesOfUse(m -> m.verify(true)))).key();
        assertThatThrownBy(() -> E2E.cvv2(data, verifyOnly.keyArn()))
                .isInstanceOf(software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException.class)
                .hasMessageContaining("Generate");
    }
}
