package dev.fourfold.importing.values;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A value a file gives for a KPI and a period, as written: the code and period are resolved against the
 * scorecards later, where it is known which KPIs exist and which frequency each has.
 *
 * @param row     1-based row of the file (the header is row 1)
 * @param column  1-based column of the value
 * @param codeColumn   1-based column of the KPI's code
 * @param periodColumn 1-based column of the period (in the wide layout the value's own column, headed by it)
 * @param period  the period as written ({@code 2026-03}), or the day of a spreadsheet date ({@code 2026-03-01})
 * @param dated   whether the period came from a spreadsheet date, which stands for the period of the KPI's
 *                frequency containing that day
 * @param series  a target's series as written ({@code target}, {@code budget}, {@code stretch}) from a
 *                {@code series} column, or null where the file has none or the cell is empty
 * @param seriesColumn 1-based column of the series; 0 where the file has none
 */
public record ValueRow(int row, int column, int codeColumn, int periodColumn, String kpiCode, String period,
                       BigDecimal value, @Nullable String comment, boolean dated, @Nullable String series,
                       int seriesColumn) {

    /** A value without a series (a file of actual values, or a target of the {@code target} series). */
    public ValueRow(int row, int column, int codeColumn, int periodColumn, String kpiCode, String period,
                    BigDecimal value, @Nullable String comment, boolean dated) {
        this(row, column, codeColumn, periodColumn, kpiCode, period, value, comment, dated, null, 0);
    }
}
