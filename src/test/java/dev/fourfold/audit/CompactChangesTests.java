package dev.fourfold.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompactChangesTests {

    @Test
    void readsBackEveryFieldWithItsOldAndNewTextsWhateverTheyHold() {
        List<CompactChanges.Field> fields = List.of(new CompactChanges.Field("kpi", null, "REV"),
                new CompactChanges.Field("comment", "12:ab-", "line\nnext\t\\ ✓ 😀"),
                new CompactChanges.Field("state", "", null), new CompactChanges.Field("value", "-", "3:x"));

        assertThat(CompactChanges.decode(CompactChanges.encode(fields))).isEqualTo(fields);
    }

    @Test
    void leavesASingleFieldToARowOfItsOwn() {
        assertThat(CompactChanges.encode(List.of(new CompactChanges.Field("value", "1", "2")))).isNull();
    }

    @Test
    void leavesFieldsThatDoNotFitOneRowToRowsOfTheirOwn() {
        String long2000 = "x".repeat(2000);
        assertThat(CompactChanges.encode(List.of(new CompactChanges.Field("comment", long2000, long2000),
                new CompactChanges.Field("value", "1", "2")))).isNull();
        assertThat(CompactChanges.encode(List.of(new CompactChanges.Field("a", null, long2000),
                new CompactChanges.Field("b", null, long2000)))).isNull();
        List<CompactChanges.Field> many = new ArrayList<>();
        for (int i = 0; i <= CompactChanges.MAX_ENTRIES; i++) {
            many.add(new CompactChanges.Field("f" + i, null, "v"));
        }
        assertThat(CompactChanges.encode(many)).isNull();
        assertThat(CompactChanges.encode(many.subList(0, CompactChanges.MAX_ENTRIES))).isNotNull();
    }
}
