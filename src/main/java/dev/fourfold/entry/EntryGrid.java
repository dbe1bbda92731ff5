package dev.fourfold.entry;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.measurement.Actual;
import dev.fourfold.measurement.ActualState;
import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The data-entry grid of one user: per frequency, the KPIs they may enter (and the calculated KPIs beside them,
 * read-only) against the periods open for entry.
 *
 * @param scorecards  the scorecards the user may enter values in, for the filter
 * @param frequencies the frequencies of those KPIs, for the filter
 */
public record EntryGrid(List<Section> sections, List<Choice> scorecards, List<Frequency> frequencies,
                        @Nullable Long scorecard, @Nullable Frequency frequency) {

    /** Whether the user has no KPI to enter at all (a filter that hides every KPI still shows the filter). */
    public boolean noKpis() {
        return scorecards.isEmpty();
    }

    /** The cell of a KPI and period, if the grid shows it. */
    public Optional<Cell> cell(long kpiId, String period) {
        return sections.stream().flatMap(s -> s.rows().stream()).filter(r -> r.kpi().id() == kpiId)
                .flatMap(r -> r.cells().stream()).filter(c -> c.period().key().equals(period)).findFirst();
    }

    /** A scorecard to filter by. */
    public record Choice(long id, String name) {
    }

    /** The KPIs of one frequency against their open periods, oldest first. */
    public record Section(Frequency frequency, List<Period> periods, List<Row> rows) {
    }

    /**
     * One KPI's row.
     *
     * @param approval whether the user's values of this KPI wait for a scorecard owner's approval
     */
    public record Row(Kpi kpi, String scorecard, boolean approval, List<Cell> cells) {
    }

    /**
     * One KPI in one period.
     *
     * @param open     whether the period is open for entry for this KPI (its due date has not passed by more than a
     *                 period)
     * @param lock     the locked period that covers it, or null
     * @param value    the stored value, in any state, or null
     * @param computed a calculated KPI's value from its formula (approved inputs only), or null
     * @param due      the day its value is due
     * @param overdue  whether the due day has passed without an approved value
     */
    public record Cell(Kpi kpi, Period period, boolean open, @Nullable String lock, @Nullable Actual value,
                       @Nullable Double computed, LocalDate due, boolean overdue) {

        /** The name of the cell's inputs: KPI id and period key. */
        public String key() {
            return kpi.id() + "_" + period.key();
        }

        public boolean editable() {
            return open && lock == null && !kpi.isFormula();
        }

        public boolean pending() {
            return value != null && value.state() == ActualState.PENDING;
        }

        public boolean rejected() {
            return value != null && value.state() == ActualState.REJECTED;
        }
    }
}
