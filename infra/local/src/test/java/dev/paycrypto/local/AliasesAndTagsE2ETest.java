package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.paymentcryptography.model.ConflictException;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyState;
import software.amazon.awssdk.services.paymentcryptography.model.ResourceNotFoundException;
import software.amazon.awssdk.services.paymentcryptography.model.Tag;
import software.amazon.awssdk.services.paymentcryptography.model.ValidationException;

/** Aliases and tags through the SDK (pagination: PaginationE2ETest). */
class AliasesAndTagsE2ETest extends LocalServiceTest {

    @Test
    void aliasesFollowUpdateAliasAndKeepWorkingForTheDataPlane() {
        Key first = E2E.createCvk(control);
        Key second = E2E.createCvk(control);
        control.createAlias(r -> r.aliasName("alias/issuer-cvk").keyArn(first.keyArn()));
        control.createAlias(r -> r.aliasName("alias/unassigned"));
        assertThat(control.getAlias(r -> r.aliasName("alias/issuer-cvk")).alias().keyArn()).isEqualTo(first.keyArn());
        assertThat(control.getAlias(r -> r.aliasName("alias/unassigned")).alias().keyArn()).isNull();
        assertThat(E2E.cvv2(data, "alias/issuer-cvk").keyArn()).isEqualTo(first.keyArn());
        assertThat(control.getKey(r -> r.keyIdentifier("alias/issuer-cvk")).key().keyArn()).isEqualTo(first.keyArn());

        control.updateAlias(r -> r.aliasName("alias/issuer-cvk").keyArn(second.keyArn()));
        assertThat(E2E.cvv2(data, "alias/issuer-cvk").keyArn()).isEqualTo(second.keyArn());
        String aliasArn = "arn:aws:payment-cryptography:us-east-1:111122223333:alias/issuer-cvk";
        assertThat(E2E.cvv2(data, aliasArn).keyArn()).isEqualTo(second.keyArn());
        assertThat(control.listAliases(r -> r.keyArn(second.keyArn())).aliases())
                .extracting(a -> a.aliasName()).containsExactly("alias/issuer-cvk");

        assertThatThrownBy(() -> control.createAlias(r -> r.aliasName("alias/issuer-cvk").keyArn(first.keyArn())))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> control.createAlias(r -> r.aliasName("alias/bad name!")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("AliasName");
        assertThatThrownBy(() -> control.getKey(r -> r.keyIdentifier("alias/unassigned")))
                .isInstanceOf(ResourceNotFoundException.class);

        control.deleteAlias(r -> r.aliasName("alias/issuer-cvk"));
        assertThatThrownBy(() -> control.getAlias(r -> r.aliasName("alias/issuer-cvk")))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.resourceId()).isEqualTo("alias/issuer-cvk"));
        assertThat(control.getKey(r -> r.keyIdentifier(second.keyArn())).key().keyState())
                .isEqualTo(KeyState.CREATE_COMPLETE);
    }

    @Test
    void tagsRoundTripInOrderWithOverwriteAndAFiftyTagLimit() {
        Key key = control.createKey(r -> r.exportable(true).tags(Tag.builder().key("KEY_PURPOSE").value("CVV2").build())
                .keyAttributes(E2E.createCvk(control).keyAttributes())).key();
        control.tagResource(r -> r.resourceArn(key.keyArn()).tags(Tag.builder().key("CARD_BIN").value("411111").build(),
                Tag.builder().key("KEY_PURPOSE").value("ICVV").build()));
        assertThat(control.listTagsForResource(r -> r.resourceArn(key.keyArn())).tags())
                .extracting(Tag::key, Tag::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KEY_PURPOSE", "ICVV"),
                        org.assertj.core.groups.Tuple.tuple("CARD_BIN", "411111"));
        control.untagResource(r -> r.resourceArn(key.keyArn()).tagKeys("CARD_BIN", "NOT_THERE"));
        assertThat(control.listTagsForResource(r -> r.resourceArn(key.keyArn())).tags()).extracting(Tag::key)
                .containsExactly("KEY_PURPOSE");

        List<Tag> many = new ArrayList<>();
        for (int i = 0; i < 49; i++) {
            many.add(Tag.builder().key("t" + i).value("v").build());
        }
        control.tagResource(r -> r.resourceArn(key.keyArn()).tags(many));
        assertThat(control.listTagsForResource(r -> r.resourceArn(key.keyArn())).tags()).hasSize(50);
        assertThatThrownBy(() -> control.tagResource(r -> r.resourceArn(key.keyArn())
                .tags(Tag.builder().key("one-too-many").value("v").build())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("50");
        assertThat(control.listTagsForResource(r -> r.resourceArn(key.keyArn())).tags()).hasSize(50);
        assertThatThrownBy(() -> control.tagResource(r -> r.resourceArn(
                "arn:aws:payment-cryptography:us-east-1:111122223333:alias/x").tags(many.get(0))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ResourceArn");
    }
}
