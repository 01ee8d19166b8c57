package dev.paycrypto.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Unique ids: well-formed UUIDs of the versions they claim, distinct, and event ids in the order they were made. */
class UniqueIdsTest {

    @Test
    void randomIdsAreVersion4AndDistinct() {
        HashSet<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            UUID id = UUID.fromString(UniqueIds.uuid());
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(seen.add(id.toString())).isTrue();
        }
    }

    @Test
    void eventIdsAreVersion7DistinctAndOrderedByTheirMillisecond() throws InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(UniqueIds.timeOrderedUuid());
            Thread.sleep(2);
        }
        assertThat(ids).isSorted();
        long before = System.currentTimeMillis();
        UUID id = UUID.fromString(UniqueIds.timeOrderedUuid());
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, System.currentTimeMillis());
        HashSet<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(UniqueIds.timeOrderedUuid())).isTrue();
        }
    }
}
