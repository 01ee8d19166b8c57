package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.paymentcryptography.model.Alias;
import software.amazon.awssdk.services.paymentcryptography.model.ConflictException;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyClass;
import software.amazon.awssdk.services.paymentcryptography.model.KeyState;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptography.model.ResourceNotFoundException;
import software.amazon.awssdk.services.paymentcryptography.model.Tag;
import software.amazon.awssdk.services.paymentcryptography.model.ValidationException;
import software.amazon.awssdk.services.paymentcryptographydata.model.GenerateCardValidationDataResponse;

/** Aliases and tags through the official SDK v2 clients (pagination: PaginationE2ETest). */
class AliasesAndTagsE2ETest extends LocalServiceTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private static String uniqueAlias(String stem) {
        return "alias/" + stem + "-" + SEQ.incrementAndGet();
    }

    private static String aliasArn(String aliasName) {
        return "arn:aws:payment-cryptography:us-east-1:" + LocalService.ACCOUNT + ":" + aliasName;
    }

    private static List<Tag> allTags(String arn) {
        return control.listTagsForResourcePaginator(r -> r.resourceArn(arn)).tags().stream().toList();
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    /** The call fails with the wire's ResourceNotFoundException (the same error code on both planes). */
    private static void assertNotFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AwsServiceException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException");
        });
    }

    @Test
    void createGetAndListAliases() {
        Key key = E2E.createCvk(control);
        String withKey = uniqueAlias("with-key");
        String withoutKey = uniqueAlias("without-key");

        Alias created = control.createAlias(r -> r.aliasName(withKey).keyArn(key.keyArn())).alias();
        assertThat(created.aliasName()).isEqualTo(withKey);
        assertThat(created.keyArn()).isEqualTo(key.keyArn());

        Alias empty = control.createAlias(r -> r.aliasName(withoutKey)).alias();
        assertThat(empty.aliasName()).isEqualTo(withoutKey);
        assertThat(empty.keyArn()).isNull();

        assertThat(control.getAlias(r -> r.aliasName(withKey)).alias().keyArn()).isEqualTo(key.keyArn());
        assertThat(control.getAlias(r -> r.aliasName(withoutKey)).alias().keyArn()).isNull();

        List<Alias> all = control.listAliasesPaginator(r -> { }).aliases().stream().toList();
        assertThat(all).extracting(Alias::aliasName).contains(withKey, withoutKey);

        List<Alias> ofKey = control.listAliasesPaginator(r -> r.keyArn(key.keyArn())).aliases().stream().toList();
        assertThat(ofKey).extracting(Alias::aliasName).containsExactly(withKey);
        assertThat(ofKey).extracting(Alias::keyArn).containsOnly(key.keyArn());
    }

    @Test
    void anAliasNameOrArnIdentifiesItsKeyOnBothPlanes() {
        Key key = E2E.createCvk(control);
        String name = uniqueAlias("issuer-cvk");
        control.createAlias(r -> r.aliasName(name).keyArn(key.keyArn()));

        assertThat(control.getKey(r -> r.keyIdentifier(name)).key().keyArn()).isEqualTo(key.keyArn());
        assertThat(control.getKey(r -> r.keyIdentifier(aliasArn(name))).key().keyArn()).isEqualTo(key.keyArn());
        GenerateCardValidationDataResponse viaName = E2E.cvv2(data, name);
        GenerateCardValidationDataResponse viaArn = E2E.cvv2(data, aliasArn(name));
        assertThat(viaName.keyArn()).isEqualTo(key.keyArn());
        assertThat(viaArn.keyArn()).isEqualTo(key.keyArn());
        assertThat(viaArn.validationData()).isEqualTo(viaName.validationData())
                .isEqualTo(E2E.cvv2(data, key.keyArn()).validationData());
    }

    @Test
    void anAliasWithoutAKeyIdentifiesNoKeyOnEitherPlane() {
        String name = uniqueAlias("unassigned");
        control.createAlias(r -> r.aliasName(name));

        assertNotFound(() -> control.getKey(r -> r.keyIdentifier(name)));
        assertNotFound(() -> control.getKey(r -> r.keyIdentifier(aliasArn(name))));
        assertNotFound(() -> E2E.cvv2(data, name));
        assertThat(control.getAlias(r -> r.aliasName(name)).alias().keyArn()).isNull();
    }

    @Test
    void aliasesKeepWorkingAcrossUpdateAlias() {
        Key first = E2E.createCvk(control);
        Key second = E2E.createCvk(control);
        String name = uniqueAlias("moving");
        control.createAlias(r -> r.aliasName(name).keyArn(first.keyArn()));

        GenerateCardValidationDataResponse viaFirst = E2E.cvv2(data, name);
        assertThat(viaFirst.keyArn()).isEqualTo(first.keyArn());
        assertThat(viaFirst.keyCheckValue()).isEqualTo(first.keyCheckValue());

        Alias updated = control.updateAlias(r -> r.aliasName(name).keyArn(second.keyArn())).alias();
        assertThat(updated.keyArn()).isEqualTo(second.keyArn());
        assertThat(control.getAlias(r -> r.aliasName(name)).alias().keyArn()).isEqualTo(second.keyArn());

        GenerateCardValidationDataResponse viaSecond = E2E.cvv2(data, name);
        assertThat(viaSecond.keyArn()).isEqualTo(second.keyArn());
        assertThat(viaSecond.keyCheckValue()).isEqualTo(second.keyCheckValue());
        assertThat(viaSecond.validationData()).isEqualTo(E2E.cvv2(data, second.keyArn()).validationData());
        assertThat(E2E.cvv2(data, aliasArn(name)).keyArn()).isEqualTo(second.keyArn());

        assertThat(control.listAliasesPaginator(r -> r.keyArn(first.keyArn())).aliases().stream()
                .map(Alias::aliasName)).doesNotContain(name);
        assertThat(control.listAliasesPaginator(r -> r.keyArn(second.keyArn())).aliases().stream()
                .map(Alias::aliasName)).containsExactly(name);
    }

    @Test
    void createAliasTwiceIsAConflict() {
        Key key = E2E.createCvk(control);
        Key other = E2E.createCvk(control);
        String name = uniqueAlias("twice");
        control.createAlias(r -> r.aliasName(name).keyArn(key.keyArn()));
        assertThatThrownBy(() -> control.createAlias(r -> r.aliasName(name)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.statusCode()).isEqualTo(409));
        assertThatThrownBy(() -> control.createAlias(r -> r.aliasName(name).keyArn(other.keyArn())))
                .isInstanceOf(ConflictException.class);
        assertThat(control.getAlias(r -> r.aliasName(name)).alias().keyArn()).isEqualTo(key.keyArn());
    }

    @Test
    void deletedAliasIsNotFoundAndItsKeyIsUntouched() {
        Key key = E2E.createCvk(control);
        String name = uniqueAlias("gone");
        control.createAlias(r -> r.aliasName(name).keyArn(key.keyArn()));
        control.deleteAlias(r -> r.aliasName(name));
        assertThatThrownBy(() -> control.getAlias(r -> r.aliasName(name)))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.resourceId()).isEqualTo(name));
        assertThat(control.listAliasesPaginator(r -> { }).aliases().stream().map(Alias::aliasName))
                .doesNotContain(name);
        Key after = control.getKey(r -> r.keyIdentifier(key.keyArn())).key();
        assertThat(after.enabled()).isTrue();
        assertThat(after.keyState()).isEqualTo(KeyState.CREATE_COMPLETE);
    }

    @Test
    void aliasNameOutsideThePatternIsRefused() {
        assertThatThrownBy(() -> control.createAlias(r -> r.aliasName("alias/bad name!")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("AliasName");
        assertThat(control.listAliasesPaginator(r -> { }).aliases().stream().map(Alias::aliasName))
                .doesNotContain("alias/bad name!");
    }

    /** Tags keep their first position when overwritten; removing a tag that is not there is no error. */
    @Test
    void tagRoundTrip() {
        Key key = E2E.createCvk(control);
        String arn = key.keyArn();
        assertThat(allTags(arn)).isEmpty();

        control.tagResource(r -> r.resourceArn(arn).tags(tag("zeta", "1"), tag("alpha", "2"), tag("mid", "3")));
        assertThat(allTags(arn)).containsExactly(tag("zeta", "1"), tag("alpha", "2"), tag("mid", "3"));

        control.tagResource(r -> r.resourceArn(arn).tags(tag("new", "4"), tag("alpha", "changed")));
        assertThat(allTags(arn)).containsExactly(tag("zeta", "1"), tag("alpha", "changed"), tag("mid", "3"),
                tag("new", "4"));

        control.untagResource(r -> r.resourceArn(arn).tagKeys("mid", "missing"));
        assertThat(allTags(arn)).containsExactly(tag("zeta", "1"), tag("alpha", "changed"), tag("new", "4"));

        control.untagResource(r -> r.resourceArn(arn).tagKeys("never-there"));
        assertThat(allTags(arn)).containsExactly(tag("zeta", "1"), tag("alpha", "changed"), tag("new", "4"));
    }

    @Test
    void createKeyWithTags() {
        Key key = control.createKey(r -> r.exportable(true)
                .keyAttributes(a -> a
                        .keyAlgorithm(KeyAlgorithm.TDES_2_KEY)
                        .keyUsage(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY)
                        .keyClass(KeyClass.SYMMETRIC_KEY)
                        .keyModesOfUse(m -> m.generate(true).verify(true)))
                .tags(tag("project", "cards"), tag("env", "test"))).key();
        assertThat(allTags(key.keyArn())).containsExactly(tag("project", "cards"), tag("env", "test"));
    }

    @Test
    void fiftyTagsAtMost() {
        Key key = E2E.createCvk(control);
        String arn = key.keyArn();
        List<Tag> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(tag("k" + i, "v" + i));
        }
        control.tagResource(r -> r.resourceArn(arn).tags(fifty));
        assertThat(allTags(arn)).containsExactlyElementsOf(fifty);

        assertThatThrownBy(() -> control.tagResource(r -> r.resourceArn(arn).tags(tag("k50", "v50"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("50");
        assertThat(allTags(arn)).containsExactlyElementsOf(fifty);

        // overwriting an existing key at the limit is still fine
        control.tagResource(r -> r.resourceArn(arn).tags(tag("k0", "again")));
        Map<String, String> after = new LinkedHashMap<>();
        allTags(arn).forEach(t -> after.put(t.key(), t.value()));
        assertThat(after).hasSize(50).containsEntry("k0", "again").containsEntry("k49", "v49");
    }

    @Test
    void fiftyOneTagsAtCreateKeyAreRefused() {
        List<Tag> fiftyOne = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            fiftyOne.add(tag("k" + i, "v" + i));
        }
        int before = control.listKeysPaginator(r -> { }).keys().stream().toList().size();
        assertThatThrownBy(() -> control.createKey(r -> r.exportable(true)
                .keyAttributes(a -> a
                        .keyAlgorithm(KeyAlgorithm.TDES_2_KEY)
                        .keyUsage(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY)
                        .keyClass(KeyClass.SYMMETRIC_KEY)
                        .keyModesOfUse(m -> m.generate(true).verify(true)))
                .tags(fiftyOne)))
                .isInstanceOf(ValidationException.class);
        assertThat(control.listKeysPaginator(r -> { }).keys().stream().toList()).hasSize(before);
    }

    @Test
    void tagResourceWithAnAliasArnIsRefused() {
        Key key = E2E.createCvk(control);
        String name = uniqueAlias("tagged");
        control.createAlias(r -> r.aliasName(name).keyArn(key.keyArn()));
        assertThatThrownBy(() -> control.tagResource(r -> r.resourceArn(aliasArn(name)).tags(tag("a", "b"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("ResourceArn");
        assertThat(allTags(key.keyArn())).isEmpty();
    }
}
