package dev.fourfold.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchesTests {

    @Test
    void coversEveryKeyWithQueriesOfAtMostFiveHundredKpisAndTheRangeOfTheirPeriods() {
        List<ValueKey> keys = new ArrayList<>();
        for (long kpi = 1; kpi <= 1_200; kpi++) {
            keys.add(new ValueKey(kpi, "2026-0" + (1 + kpi % 9)));
        }
        keys.add(new ValueKey(3, "2025"));

        List<Batches.Slice> slices = Batches.slices(keys);

        assertThat(slices).extracting(s -> s.kpiIds().size()).containsExactly(500, 500, 200);
        assertThat(slices.get(0).first()).isEqualTo("2025");
        assertThat(slices.get(0).last()).isEqualTo("2026-09");
        assertThat(keys).allSatisfy(k -> assertThat(slices).anySatisfy(s -> {
            assertThat(s.kpiIds()).contains(k.kpiId());
            assertThat(k.period()).isBetween(s.first(), s.last());
        }));
    }

    @Test
    void namesTheRowsThatABatchedUpdateDidNotChangeAcrossItsChunks() {
        List<Long> ids = List.of(10L, 11L, 12L, 13L, 14L);

        assertThat(Batches.missed(new int[][] {{1, 0}, {1, 1}, {0}}, ids, Long::longValue)).containsExactly(11L, 14L);
    }
}
