package dev.fourfold.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.shared.BatchResult.Outcome;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class BatchResultTests {

    @Test
    void countsEachWriteOfABatchByItsOutcome() {
        BatchResult.Counter counter = new BatchResult.Counter();
        for (Outcome outcome : new Outcome[] {Outcome.CREATED, Outcome.UNCHANGED, Outcome.CREATED, Outcome.UPDATED}) {
            counter.add(outcome);
        }

        assertThat(counter.result()).isEqualTo(new BatchResult(2, 1, 1));
    }

    @Test
    void answersTheApiWithExactlyItsThreeCounts() {
        assertThat(JsonMapper.builder().build().writeValueAsString(new BatchResult(3, 2, 1)))
                .isEqualTo("{\"created\":3,\"updated\":2,\"unchanged\":1}");
    }
}
