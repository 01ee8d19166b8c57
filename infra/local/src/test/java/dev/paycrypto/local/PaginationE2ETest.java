package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.paymentcryptography.model.Alias;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyClass;
import software.amazon.awssdk.services.paymentcryptography.model.KeyState;
import software.amazon.awssdk.services.paymentcryptography.model.KeySummary;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptography.model.ListAliasesResponse;
import software.amazon.awssdk.services.paymentcryptography.model.ListKeysResponse;
import software.amazon.awssdk.services.paymentcryptography.model.ValidationException;

/** ListKeys and ListAliases paging through the official SDK v2 client, over a fresh service. */
class PaginationE2ETest extends LocalServiceTest {

    static final int KEYS = 120;
    static final int ALIASES = 30;

    static final List<String> keyArns = new ArrayList<>();
    static final List<String> deleted = new ArrayList<>();
    static final List<String> aliasNames = new ArrayList<>();

    @BeforeAll
    static void setUp() {
        for (int i = 0; i < KEYS; i++) {
            keyArns.add(control.createKey(r -> r.exportable(true).keyAttributes(a -> a
                    .keyAlgorithm(KeyAlgorithm.TDES_2_KEY)
                    .keyUsage(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY)
                    .keyClass(KeyClass.SYMMETRIC_KEY)
                    .keyModesOfUse(m -> m.generate(true).verify(true)))).key().keyArn());
        }
        for (int i = 0; i < 5; i++) {
            String arn = keyArns.get(i * 20 + 3);
            control.deleteKey(r -> r.keyIdentifier(arn));
            deleted.add(arn);
        }
        for (int i = 0; i < ALIASES; i++) {
            String name = "alias/page-" + i;
            String arn = keyArns.get(i);
            control.createAlias(r -> r.aliasName(name).keyArn(arn));
            aliasNames.add(name);
        }
    }


    @Test
    void listKeysByHandWithPagesOfFifty() {
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String next = token;
            ListKeysResponse page = control.listKeys(r -> r.maxResults(50).nextToken(next));
            pages++;
            assertThat(page.keys()).hasSizeLessThanOrEqualTo(50);
            page.keys().forEach(k -> seen.add(k.keyArn()));
            token = page.nextToken();
            assertThat(pages).as("pages before the NextToken ran out").isLessThanOrEqualTo(10);
        } while (token != null);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(new HashSet<>(keyArns));
    }

    @Test
    void listKeysWithTheSdkPaginator() {
        List<ListKeysResponse> pages = control.listKeysPaginator(r -> r.maxResults(50)).stream().toList();
        assertThat(pages).allSatisfy(p -> assertThat(p.keys()).hasSizeLessThanOrEqualTo(50));
        List<String> seen = pages.stream().flatMap(p -> p.keys().stream()).map(KeySummary::keyArn).toList();
        assertThat(seen).hasSize(KEYS).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(new HashSet<>(keyArns));

        List<String> viaKeys = control.listKeysPaginator(r -> { }).keys().stream().map(KeySummary::keyArn).toList();
        assertThat(viaKeys).hasSize(KEYS);
        assertThat(new HashSet<>(viaKeys)).isEqualTo(new HashSet<>(keyArns));
    }

    @Test
    void defaultPageHoldsAtMostOneHundred() {
        ListKeysResponse first = control.listKeys(r -> { });
        assertThat(first.keys()).isNotEmpty().hasSizeLessThanOrEqualTo(100);
        assertThat(first.nextToken()).as("120 keys do not fit one default page").isNotNull();
        ListKeysResponse second = control.listKeys(r -> r.nextToken(first.nextToken()));
        Set<String> both = new HashSet<>();
        first.keys().forEach(k -> both.add(k.keyArn()));
        second.keys().forEach(k -> both.add(k.keyArn()));
        assertThat(both).hasSize(first.keys().size() + second.keys().size());
    }

    @Test
    void keyStateFilterReturnsExactlyThePendingKeys() {
        List<KeySummary> pending = control.listKeysPaginator(r -> r.keyState(KeyState.DELETE_PENDING)).keys()
                .stream().toList();
        assertThat(pending).extracting(KeySummary::keyArn).containsExactlyInAnyOrderElementsOf(deleted);
        assertThat(pending).allSatisfy(k -> {
            assertThat(k.keyState()).isEqualTo(KeyState.DELETE_PENDING);
            assertThat(k.enabled()).isFalse();
        });

        List<String> complete = control.listKeysPaginator(r -> r.keyState(KeyState.CREATE_COMPLETE).maxResults(50))
                .keys().stream().map(KeySummary::keyArn).toList();
        assertThat(complete).hasSize(KEYS - deleted.size()).doesNotContainAnyElementsOf(deleted);
    }

    @Test
    void garbageNextTokenIsRefused() {
        assertThatThrownBy(() -> control.listKeys(r -> r.nextToken("not-a-real-token")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.statusCode()).isEqualTo(400));
        assertThatThrownBy(() -> control.listAliases(r -> r.nextToken("not-a-real-token")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void listAliasesInPagesOfSeven() {
        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListAliasesResponse page = control.listAliases(r -> r.maxResults(7).nextToken(next));
            assertThat(page.aliases()).hasSizeLessThanOrEqualTo(7);
            sizes.add(page.aliases().size());
            page.aliases().forEach(a -> seen.add(a.aliasName()));
            token = page.nextToken();
            assertThat(sizes.size()).isLessThanOrEqualTo(10);
        } while (token != null);
        assertThat(sizes.size()).isGreaterThanOrEqualTo(5);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(aliasNames);

        List<Alias> viaPaginator = control.listAliasesPaginator(r -> r.maxResults(7)).aliases().stream().toList();
        assertThat(viaPaginator).extracting(Alias::aliasName).containsExactlyInAnyOrderElementsOf(aliasNames);
        assertThat(viaPaginator).allSatisfy(a ->
                assertThat(a.keyArn()).isEqualTo(keyArns.get(aliasNames.indexOf(a.aliasName()))));
    }
}
