package dev.fourfold.importing.values;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.KpiService;
import dev.fourfold.kpi.OpenPeriods;
import dev.fourfold.kpi.TargetService;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.scorecard.OrganisationService;
import dev.fourfold.shared.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The rows of a file as the items of the value or the target service's batch, and the services' refusals of those
 * items back at the rows and columns they came from.
 */
@Component
class ImportItems {

    private static final Pattern ITEM = Pattern.compile("items\\[(\\d+)]\\.?(\\w*).*");

    private final KpiService kpis;
    private final OrganisationService organisation;

    ImportItems(KpiService kpis, OrganisationService organisation) {
        this.kpis = kpis;
        this.organisation = organisation;
    }

    /** The rows as the value service's items, a spreadsheet date turned into the period of its KPI holding it. */
    List<ActualService.Item> items(List<ValueRow> rows) {
        Map<String, Kpi> dated = datedKpis(rows);
        int fy = dated.isEmpty() ? 1 : organisation.get().fiscalYearStart();
        List<ActualService.Item> items = new ArrayList<>(rows.size());
        for (ValueRow row : rows) {
            items.add(new ActualService.Item(null, row.kpiCode(), period(row, dated, fy), row.value(), row.comment(),
                    null, null));
        }
        return items;
    }

    /** The KPIs of the rows whose period is a spreadsheet date, by upper-case code. */
    private Map<String, Kpi> datedKpis(List<ValueRow> rows) {
        var codes = rows.stream().filter(ValueRow::dated).map(r -> r.kpiCode().toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return codes.isEmpty() ? Map.of() : kpis.findByCodes(codes).stream()
                .collect(Collectors.toMap(k -> k.code().toUpperCase(Locale.ROOT), Function.identity(), (a, b) -> a));
    }

    /** The period of a row: as written, or for a spreadsheet date the period of the KPI's frequency holding it. */
    private static String period(ValueRow row, Map<String, Kpi> dated, int fy) {
        Kpi kpi = row.dated() ? dated.get(row.kpiCode().toUpperCase(Locale.ROOT)) : null;
        return kpi == null ? row.period()
                : OpenPeriods.containing(kpi.collection().frequency(), LocalDate.parse(row.period()), fy).key();
    }

    /** The rows as the target service's items: a comment is the reason, an empty series the target. */
    List<TargetService.Item> targetItems(List<ValueRow> rows) {
        List<ActualService.Item> values = items(rows);
        List<TargetService.Item> items = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ActualService.Item v = values.get(i);
            String series = rows.get(i).series();
            items.add(new TargetService.Item(null, v.kpiCode(), v.period(), v.value(), v.comment(), null,
                    series == null ? null : series.strip().toLowerCase(Locale.ROOT)));
        }
        return items;
    }

    /** The value service's refusals of a chunk's items at the rows and columns they came from. */
    static List<RowProblem> rowProblems(List<FieldProblem> refusals, List<ValueRow> rows, List<String> headers) {
        List<RowProblem> problems = new ArrayList<>(refusals.size());
        for (FieldProblem p : refusals) {
            Matcher m = ITEM.matcher(p.field());
            String message = p.message().replace(" appears twice in the batch", " appears more than once in the file");
            if (!m.matches() || Integer.parseInt(m.group(1)) >= rows.size()) {
                problems.add(new RowProblem(0, 0, "", message));
                continue;
            }
            ValueRow row = rows.get(Integer.parseInt(m.group(1)));
            int column = switch (m.group(2)) {
                case "kpiCode", "kpiId" -> row.codeColumn();
                case "period" -> row.periodColumn();
                case "series" -> row.seriesColumn() > 0 ? row.seriesColumn() : row.column();
                default -> row.column();
            };
            String header = column >= 1 && column <= headers.size() ? headers.get(column - 1) : "";
            problems.add(new RowProblem(row.row(), column, header, message));
        }
        problems.sort(Comparator.comparingInt(RowProblem::row).thenComparingInt(RowProblem::column));
        return problems;
    }

}
