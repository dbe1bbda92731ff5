package dev.fourfold.importing.values;

import dev.fourfold.shared.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The two layouts of a table of values, told apart by its header (the first row that is not empty). <b>Long</b>:
 * {@code kpi_code, period, value[, comment]}, one value per row ({@code reason} may stand for {@code comment}, and a
 * file of targets may name each value's {@code series}). <b>Wide</b>: {@code kpi_code} and one column per
 * period ({@code 2026-01, 2026-02, …}, or spreadsheet dates), one KPI per row. Both may carry the KPI's name and
 * unit for the reader ({@code kpi_name}, {@code unit}), which are not read. An empty value cell gives no value.
 */
final class ValueLayout implements TableRows {

    enum Kind { LONG, WIDE }

    /** The most data rows a file may have. */
    static final int MAX_ROWS = 2_000_000;
    /**
     * The most columns a header may have: two fiscal years of days, weeks, months, quarters and years (a wide template
     * of targets of a scorecard with daily KPIs) and a few more.
     */
    static final int MAX_COLUMNS = 1000;
    static final int MAX_COMMENT = 1000;

    private static final Set<String> CODE = Set.of("kpi_code", "kpi", "code");
    private static final Set<String> NOT_READ = Set.of("kpi_name", "name", "unit");

    private final ValueSink sink;
    private final DecimalText numbers;
    private @Nullable Kind kind;
    private boolean stopped;
    private int headerRow;
    private List<String> headers = List.of();
    private int code = -1;
    private int period = -1;
    private int value = -1;
    private int comment = -1;
    private int series = -1;
    /** The cells of the row being read. */
    private List<String> rowCells = List.of();
    /** Wide layout: the period of each column (null for a column not read). */
    private final List<@Nullable String> periods = new ArrayList<>();
    private final List<Boolean> datedPeriods = new ArrayList<>();
    private int dataRows;

    ValueLayout(ValueSink sink, DecimalText numbers) {
        this.sink = sink;
        this.numbers = numbers;
    }

    @Nullable Kind kind() {
        return kind;
    }

    int dataRows() {
        return dataRows;
    }

    /** Says so when the file ended without a header (only empty rows), which nothing else would have named. */
    void finish() {
        if (kind == null && !stopped) {
            unreadable("the file has no header row, only empty rows: start it with a header such as "
                    + "kpi_code,period,value");
        }
    }

    @Override
    public void row(int number, List<String> cells, Dated dated) {
        if (stopped || cells.stream().allMatch(String::isBlank)) {
            return;
        }
        if (kind == null) {
            header(number, cells, dated);
        } else if (++dataRows > MAX_ROWS) {
            unreadable("has more than " + String.format(Locale.ROOT, "%,d", MAX_ROWS) + " rows of values: split it");
        } else {
            data(number, cells, dated);
        }
    }

    @Override
    public void unreadable(String message) {
        sink.problem(new RowProblem(0, 0, "", message));
        stopped = true;
    }

    private void header(int number, List<String> cells, Dated dated) {
        headerRow = number;
        if (cells.size() > MAX_COLUMNS) {
            unreadable("the header has " + cells.size() + " columns, at most " + MAX_COLUMNS);
            return;
        }
        headers = cells.stream().map(String::strip).toList();
        List<String> names = headers.stream().map(ValueLayout::name).toList();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).isEmpty() && !seen.add(names.get(i))) {
                headerProblem(i, "appears twice in the header");
            }
            if (CODE.contains(names.get(i)) && code < 0) {
                code = i;
            }
        }
        if (stopped) {
            return;
        }
        if (code < 0) {
            unreadable("the header (row " + number + ") has no kpi_code column: start the file with a header such as "
                    + "kpi_code,period,value (long layout) or kpi_code,2026-01,2026-02 (wide layout)");
            return;
        }
        period = names.indexOf("period");
        value = names.indexOf("value");
        comment = names.indexOf("comment") >= 0 ? names.indexOf("comment") : names.indexOf("reason");
        series = names.indexOf("series");
        kind = period >= 0 || value >= 0 ? Kind.LONG : Kind.WIDE;
        sink.header(headers);
        if (kind == Kind.LONG) {
            longHeader(names);
        } else {
            wideHeader(names, dated);
        }
    }

    private void longHeader(List<String> names) {
        if (period < 0 || value < 0) {
            unreadable("the header has " + (period < 0 ? "no period" : "no value") + " column: a long layout is "
                    + "kpi_code,period,value[,comment]");
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            if (i != code && i != period && i != value && i != comment && i != series && !NOT_READ.contains(names.get(i))
                    && !names.get(i).isEmpty()) {
                headerProblem(i, "is not a column of the long layout (kpi_code, period, value, comment or reason, and "
                        + "series for targets; kpi_name and unit are allowed and not read)");
            }
        }
    }

    private void wideHeader(List<String> names, Dated dated) {
        for (int i = 0; i < headers.size(); i++) {
            String p = null;
            if (i != code && i != series && !NOT_READ.contains(names.get(i)) && !headers.get(i).isEmpty()) {
                try {
                    p = Period.parse(headers.get(i)).key();
                } catch (IllegalArgumentException e) {
                    headerProblem(i, "is not a period: a wide layout has kpi_code and one column per period, such "
                            + "as 2026-03, 2026-Q1 or 2026 (" + e.getMessage() + ")");
                }
            }
            periods.add(p);
            datedPeriods.add(dated.at(i));
        }
        if (periods.stream().allMatch(java.util.Objects::isNull) && !stopped) {
            unreadable("the header has no period column: a wide layout is kpi_code,2026-01,2026-02,…; a long one "
                    + "kpi_code,period,value");
        }
    }

    private void headerProblem(int column, String message) {
        sink.problem(new RowProblem(headerRow, column + 1, headers.get(column), "'" + DecimalText.shown(headers.get(column))
                + "' " + message));
        stopped = true;
    }

    private void data(int number, List<String> cells, Dated dated) {
        if (cells.size() > headers.size() && cells.subList(headers.size(), cells.size()).stream()
                .anyMatch(c -> !c.isBlank())) {
            sink.problem(new RowProblem(number, 0, "", "has " + cells.size() + " cells, the header has "
                    + headers.size() + ": a cell holds the delimiter without quotes, or the row is shifted"));
            return;
        }
        rowCells = cells;
        String kpi = cell(cells, code);
        if (kpi.isEmpty()) {
            sink.problem(problem(number, code, "is empty: give the KPI's code"));
            return;
        }
        if (kind == Kind.LONG) {
            longRow(number, cells, kpi, dated);
        } else {
            wideRow(number, cells, kpi);
        }
    }

    private void longRow(int number, List<String> cells, String kpi, Dated dated) {
        String text = cell(cells, value);
        String when = cell(cells, period);
        String note = comment < 0 ? "" : cell(cells, comment);
        if (when.isEmpty()) {
            sink.problem(problem(number, period, "is empty: give the period, such as 2026-03"));
            return;
        }
        if (text.isEmpty()) {
            sink.empty(number);
            return;
        }
        if (note.length() > MAX_COMMENT) {
            sink.problem(problem(number, comment, "is too long: at most " + MAX_COMMENT + " characters, was "
                    + note.length()));
            return;
        }
        boolean isDate = dated.at(period);
        String key = when;
        if (!isDate) {
            try {
                key = Period.parse(when).key();
            } catch (IllegalArgumentException e) {
                sink.problem(problem(number, period, e.getMessage()));
                return;
            }
        }
        number(number, value, text, kpi, key, note.isEmpty() ? null : note, isDate);
    }

    private void wideRow(int number, List<String> cells, String kpi) {
        boolean any = false;
        for (int i = 0; i < periods.size(); i++) {
            String text = cell(cells, i);
            if (periods.get(i) != null && !text.isEmpty()) {
                any = true;
                number(number, i, text, kpi, periods.get(i), null, datedPeriods.get(i));
            }
        }
        if (!any) {
            sink.empty(number);
        }
    }

    private void number(int row, int column, String text, String kpi, String key, @Nullable String note, boolean isDate) {
        DecimalText.Read read = numbers.read(text);
        if (read.number() == null) {
            sink.problem(problem(row, column, String.valueOf(read.problem())));
        } else {
            String written = series < 0 ? "" : cell(rowCells, series);
            sink.value(new ValueRow(row, column + 1, code + 1, (kind == Kind.LONG ? period : column) + 1, kpi, key,
                    read.number(), note, isDate, written.isEmpty() ? null : written, series + 1));
        }
    }

    private RowProblem problem(int row, int column, String message) {
        return new RowProblem(row, column + 1, headers.get(column), message);
    }

    private static String cell(List<String> cells, int column) {
        return column < cells.size() ? cells.get(column).strip() : "";
    }

    private static String name(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
