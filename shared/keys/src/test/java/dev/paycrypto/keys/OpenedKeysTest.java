package dev.paycrypto.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.keyblock.Tr31Header;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The opened-key cache: bounded in time, uses and entries, handing out copies, and only for the very block. */
class OpenedKeysTest {

    private static final Tr31Header HEADER = new Tr31Header('D', "C0", 'T', 'C', "00", 'E', List.of());
    private static final SecretBytes KEY = SecretBytes.fromHex("0123456789ABCDEFFEDCBA9876543210");

    private final AtomicLong now = new AtomicLong(1_000);
    private final OpenedKeys opened = new OpenedKeys(now::get);

    @Test
    void servesACopyOfTheKeyOfTheVeryBlockOnly() {
        opened.keep("block-1", HEADER, "checked", KEY);
        OpenedKeys.Opened first = opened.find("block-1").orElseThrow();
        assertThat(first.header()).isEqualTo(HEADER);
        assertThat(first.checkedFor()).isEqualTo("checked");
        assertThat(first.key()).isEqualTo(KEY);
        first.key().wipe();
        assertThat(opened.find("block-1").orElseThrow().key()).as("a caller's wipe is its own").isEqualTo(KEY);
        assertThat(opened.find("block-2")).isEmpty();
    }

    @Test
    void anEntryLastsItsTimeToLiveAndNoLonger() {
        opened.keep("block", HEADER, "checked", KEY);
        now.addAndGet(OpenedKeys.TIME_TO_LIVE.toNanos() - 1);
        assertThat(opened.find("block")).isPresent();
        now.addAndGet(1);
        assertThat(opened.find("block")).isEmpty();
        assertThat(opened.size()).isZero();
    }

    @Test
    void anEntryServesABoundedNumberOfUses() {
        opened.keep("block", HEADER, "checked", KEY);
        for (int use = 0; use < OpenedKeys.MAX_USES; use++) {
            assertThat(opened.find("block")).isPresent();
        }
        assertThat(opened.find("block")).isEmpty();
    }

    @Test
    void itHoldsABoundedNumberOfEntries() {
        for (int i = 0; i < OpenedKeys.MAX_ENTRIES * 3; i++) {
            opened.keep("block-" + i, HEADER, "checked", KEY);
        }
        assertThat(opened.size()).isLessThanOrEqualTo(OpenedKeys.MAX_ENTRIES);
        assertThat(opened.find("block-" + (OpenedKeys.MAX_ENTRIES * 3 - 1))).isPresent();
    }

    @Test
    void whatIsClearedIsGone() {
        opened.keep("block", HEADER, "checked", KEY);
        opened.clear();
        assertThat(opened.find("block")).isEmpty();
    }
}
