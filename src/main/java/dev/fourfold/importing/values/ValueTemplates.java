package dev.fourfold.importing.values;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.KpiService;
import dev.fourfold.kpi.OpenPeriods;
import dev.fourfold.kpi.TargetService;
import dev.fourfold.scorecard.OrganisationService;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.Period;
import dev.fourfold.spreadsheet.Spreadsheets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Files to fill in a spreadsheet and import: the KPIs of a scorecard that the reader enters (calculated KPIs left
 * out) with their open periods (as the entry grid has them), the value cells empty. The long layout has a row per
 * KPI and period; the wide one a row per KPI and a column per period, a cell left empty where the KPI's frequency
 * has no such period. A template of targets (for those who may set them) is made by {@link TargetTemplate}. All
 * read back exactly as {@link ValueFiles} reads files.
 */
@Service
public class ValueTemplates {

    public enum Layout { LONG, WIDE }

    public enum Format { CSV, XLSX }

    /** What the file is for: actual values or targets (budgets and stretch targets included). */
    public enum Kind { ACTUAL, TARGET }

    /** A template: its file name and bytes. */
    public record Template(String fileName, byte[] bytes) {

        public boolean xlsx() {
            return fileName.endsWith(".xlsx");
        }
    }

    private final ScorecardService scorecards;
    private final KpiService kpis;
    private final TargetService targets;
    private final OrganisationService organisation;
    private final Access access;
    private final Clock clock;

    ValueTemplates(ScorecardService scorecards, KpiService kpis, TargetService targets, OrganisationService organisation,
                   Access access, Clock clock) {
        this.scorecards = scorecards;
        this.kpis = kpis;
        this.targets = targets;
        this.organisation = organisation;
        this.access = access;
        this.clock = clock;
    }

    public static <E extends Enum<E>> E choice(Class<E> type, String field, String typed) {
        try {
            return Enum.valueOf(type, typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "'" + typed + "' is not one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                    .toList()));
        }
    }

    /** A template asked for by a request's words for its kind, layout and format, each checked (400 otherwise). */
    public Template of(long scorecardId, String kind, String layout, String format, Actor actor) {
        return of(scorecardId, choice(Kind.class, "kind", kind), choice(Layout.class, "layout", layout),
                choice(Format.class, "format", format), actor);
    }

    /** A template of the kind; one of targets only for a scorecard owner or an administrator (403 otherwise). */
    public Template of(long scorecardId, Kind kind, Layout layout, Format format, Actor actor) {
        Scorecard scorecard = scorecards.get(scorecardId, actor);
        if (kind == Kind.TARGET) {
            access.requireOwner(actor, scorecardId);
            List<Kpi> all = kpis.activeOfScorecard(scorecardId);
            TargetTemplate.Table t = new TargetTemplate(all, targets.allOf(all.stream().map(Kpi::id).toList()),
                    LocalDate.now(clock), organisation.get().fiscalYearStart()).table(layout);
            return template(scorecard, "targets", layout, format, t.header(), t.rows());
        }
        LocalDate today = LocalDate.now(clock);
        int fy = organisation.get().fiscalYearStart();
        Map<String, Boolean> byOwner = new HashMap<>();
        List<Kpi> entered = kpis.activeOfScorecard(scorecardId).stream().filter(k -> k.formula() == null)
                .filter(k -> byOwner.computeIfAbsent(String.valueOf(k.collection().owner()),
                        o -> access.mayEnterValues(actor, scorecardId, k.collection().owner()))).toList();
        Map<Long, List<Period>> open = new HashMap<>();
        entered.forEach(k -> open.put(k.id(), OpenPeriods.of(k.collection().frequency(), k.collection().graceDays(),
                today, fy)));
        List<String> header;
        List<List<@Nullable Object>> rows = new ArrayList<>();
        if (layout == Layout.LONG) {
            header = List.of("kpi_code", "kpi_name", "unit", "period", "value", "comment");
            for (Kpi k : entered) {
                for (Period p : open.get(k.id())) {
                    rows.add(Arrays.asList(k.code(), k.name(), k.unit(), p.key(), null, null));
                }
            }
        } else {
            TreeSet<Period> periods = new TreeSet<>();
            open.values().forEach(periods::addAll);
            header = new ArrayList<>(List.of("kpi_code", "kpi_name", "unit"));
            periods.forEach(p -> header.add(p.key()));
            for (Kpi k : entered) {
                List<@Nullable Object> row = new ArrayList<>(Arrays.asList(k.code(), k.name(), k.unit()));
                periods.forEach(p -> row.add(null));
                rows.add(row);
            }
        }
        return template(scorecard, "values", layout, format, header, rows);
    }

    private static Template template(Scorecard scorecard, String kind, Layout layout, Format format, List<String> header,
                                     List<List<@Nullable Object>> rows) {
        String name = kind + "-" + slug(scorecard.name()) + "-" + layout.name().toLowerCase(Locale.ROOT) + "."
                + format.name().toLowerCase(Locale.ROOT);
        byte[] bytes = format == Format.CSV ? Spreadsheets.csv(header, rows)
                : Spreadsheets.xlsx(scorecard.name(), header, rows, -1,
                        rows.stream().map(r -> (String) null).toList(), List.of());
        return new Template(name, bytes);
    }

    private static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "scorecard" : s;
    }
}
