package dev.fourfold.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.evaluation.EvaluationService.At;
import dev.fourfold.scoring.View;
import dev.fourfold.shared.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockedViewsTests {

    /** A fiscal year starting in April: 2026 runs from April 2026 to March 2027. */
    private final LockedViews april = new LockedViews(4);

    @Test
    void freezesEveryViewOfTheYearItsQuartersAndItsMonths() {
        List<At> frozen = april.frozenBy(Period.year(2026));
        assertThat(frozen).hasSize(17 * 3).first().isEqualTo(new At(Period.year(2026), View.PERIOD));
        assertThat(frozen).contains(new At(Period.month(2027, 3), View.YEAR), new At(Period.quarter(2026, 4), View.YTD))
                .doesNotContain(new At(Period.month(2026, 3), View.PERIOD));
    }

    @Test
    void freezesOnlyTheViewsOfAQuarterThatStayInsideIt() {
        assertThat(april.frozenBy(Period.quarter(2026, 1))).containsExactlyInAnyOrder(
                new At(Period.quarter(2026, 1), View.PERIOD), new At(Period.quarter(2026, 1), View.YTD),
                new At(Period.month(2026, 4), View.PERIOD), new At(Period.month(2026, 4), View.YTD),
                new At(Period.month(2026, 5), View.PERIOD), new At(Period.month(2026, 5), View.YTD),
                new At(Period.month(2026, 6), View.PERIOD), new At(Period.month(2026, 6), View.YTD));
        assertThat(april.frozenBy(Period.quarter(2026, 2))).extracting(At::view).containsOnly(View.PERIOD);
    }

    @Test
    void tellsViewsReachingPastALockFromViewsBesideIt() {
        Period q2 = Period.quarter(2026, 2);
        assertThat(april.covers(q2, Period.month(2026, 8), View.PERIOD)).isTrue();
        assertThat(april.covers(q2, Period.month(2026, 8), View.YTD)).isFalse();
        assertThat(april.overlaps(q2, Period.month(2026, 8), View.YTD)).isTrue();
        assertThat(april.overlaps(q2, Period.month(2026, 5), View.YEAR)).as("the whole fiscal year").isTrue();
        assertThat(april.overlaps(q2, Period.month(2026, 5), View.YTD)).isFalse();
        assertThat(april.overlaps(q2, Period.month(2027, 4), View.YEAR)).as("the next fiscal year").isFalse();
    }
}
