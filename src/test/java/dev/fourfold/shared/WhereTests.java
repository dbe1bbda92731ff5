package dev.fourfold.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WhereTests {

    @Test
    void leavesOutTheClauseWhenNoFilterIsGiven() {
        Where where = new Where().and("unit_id = :unit", "unit", null);

        assertThat(where.sql()).isEmpty();
        assertThat(where.params()).isEmpty();
    }

    @Test
    void joinsTheGivenFiltersWithAndAndBindsTheirValuesAsParameters() {
        Where where = new Where()
                .and("k.retired = false")
                .and("k.scorecard_id = :sc", "sc", 7L)
                .and("k.objective_id = :o", "o", null)
                .and("a.period_start >= :from", "from", LocalDate.of(2026, 1, 1), java.sql.Date::valueOf);

        assertThat(where.sql()).isEqualTo(" where k.retired = false and k.scorecard_id = :sc and a.period_start >= :from");
        assertThat(where.params()).containsOnlyKeys("sc", "from")
                .containsEntry("sc", 7L)
                .containsEntry("from", java.sql.Date.valueOf("2026-01-01"));
    }

    @Test
    void keepsAValueThatLooksLikeSqlOutOfTheSqlText() {
        Where where = new Where().and("actor = :actor", "actor", "x' or '1'='1");

        assertThat(where.sql()).isEqualTo(" where actor = :actor");
        assertThat(where.params()).containsEntry("actor", "x' or '1'='1");
    }

    @Test
    void refusesAConditionThatDoesNotUseItsParameter() {
        assertThatThrownBy(() -> new Where().and("actor = 'x'", "actor", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":actor");
    }
}
