package dev.fourfold.evaluation.web;

import dev.fourfold.evaluation.web.EvaluationResponses.IncludeNode;
import dev.fourfold.evaluation.web.EvaluationResponses.KpiNode;
import dev.fourfold.evaluation.web.EvaluationResponses.ObjectiveNode;
import dev.fourfold.evaluation.web.EvaluationResponses.PerspectiveNode;
import dev.fourfold.evaluation.web.EvaluationResponses.ScorecardNode;
import dev.fourfold.scoring.SeriesPoint;
import dev.fourfold.scoring.Status;
import dev.fourfold.shared.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The body of a scorecard page below its score — a card per perspective with a table of its objectives and their
 * KPIs — as the texts it shows, numbers formatted and words written in the reader's language. Holds no markup and
 * nothing of the reader but the language, so one instance serves every reader of the same model, period, view and
 * language ({@link ScorecardPages}); {@link SectionsHtml} writes it for each request.
 */
record ScorecardSections(List<Section> perspectives, int rows, DashboardTexts texts) {

    /** A perspective's card; {@code includes} are the child units' scorecards it includes, after its objectives. */
    record Section(String name, String status, String score, List<ObjectiveRows> objectives, List<IncludeRow> includes) {
    }

    /** An objective's table body: its row, its KPIs' rows and the rows of the scorecards it includes. */
    record ObjectiveRows(long id, String code, String name, String score, String status, List<KpiRow> kpis,
                         List<IncludeRow> includes) {
    }

    /** An included scorecard: unit / scorecard / perspective (or that it is withheld), its weight and score. */
    record IncludeRow(String name, @Nullable String reason, String weight, String score, String status) {
    }

    /**
     * A KPI's row; {@code unit} is null when there is no actual to show it with. An {@code input} (weight 0) feeds a
     * calculated KPI and counts nothing in its objective: it shows its numbers but no score or colour. A KPI whose
     * periods are longer than the page's (a quarterly KPI in a month) shows its latest value {@code asOf} that period,
     * which the page's score does not count. {@code spark} is the SVG of its recent actuals.
     */
    record KpiRow(long id, String code, String name, @Nullable String reason, boolean pending, String actual,
                  @Nullable String unit, String target, String score, String status, String trend, String trendLabel,
                  String completeness, boolean input, String spark, @Nullable String asOf) {
    }

    /** How many periods a sparkline draws. */
    static final int RECENT = 12;

    /** The sections of {@code card}, with each KPI's recent periods by code (see {@code ScoringModel.recent}). */
    static ScorecardSections of(ScorecardNode card, Map<String, List<SeriesPoint>> recent, DashboardTexts texts) {
        Builder b = new Builder(new PageFormats(texts.locale()), texts, recent,
                "period".equals(card.view()) ? Period.parse(card.period()) : null);
        List<Section> sections = card.perspectives().stream().map(b::section).toList();
        int objectives = sections.stream().mapToInt(s -> s.objectives().size()).sum();
        return new ScorecardSections(sections, objectives + card.kpis().size(), texts);
    }

    /** Formats the rows; {@code period} is the page's period in the period view (else null: no "as of" rows). */
    private record Builder(PageFormats formats, DashboardTexts texts, Map<String, List<SeriesPoint>> recent,
                           @Nullable Period period) {

        Section section(PerspectiveNode p) {
            return new Section(p.name(), p.status(), formats.scoreOf(p.score()),
                    p.objectives().stream().map(this::objective).toList(), includes(p.includes()));
        }

        List<IncludeRow> includes(@Nullable List<IncludeNode> includes) {
            return includes == null ? List.of() : includes.stream().map(i -> new IncludeRow(i.scorecard() == null
                    ? texts.get("withheld")
                    : i.unit() + " / " + i.scorecard() + (i.perspective() == null ? "" : " / " + i.perspective()),
                    i.reason(), formats.value(i.weight()), formats.scoreOf(i.score()), i.status())).toList();
        }

        ObjectiveRows objective(ObjectiveNode o) {
            return new ObjectiveRows(o.id(), o.code(), o.name(), formats.scoreOf(o.score()), o.status(),
                    o.kpis().stream().map(this::kpi).toList(), includes(o.includes()));
        }

        KpiRow kpi(KpiNode k) {
            List<SeriesPoint> points = recent.getOrDefault(k.code(), List.of());
            boolean input = k.weight() != null && k.weight().signum() == 0;
            SeriesPoint latest = points.isEmpty() ? null : points.get(points.size() - 1);
            if (k.actual() == null && latest != null && latest.actual() != null && longer(latest.period())) {
                return asOf(k, latest, points, input);
            }
            return new KpiRow(k.id(), k.code(), k.name(), k.reason(), k.pending(), formats.value(k.actual()),
                    k.actual() == null ? null : k.unit() == null ? "" : k.unit(), formats.value(k.target()),
                    formats.scoreOf(k.score()), k.status(), formats.trend(k.trend()), trendLabel(k.trend()),
                    formats.completeness(k.completeness()), input, spark(points, k.status()), null);
        }

        /** The latest value of a KPI whose periods are longer than the page's, labelled with its period. */
        private KpiRow asOf(KpiNode k, SeriesPoint latest, List<SeriesPoint> points, boolean input) {
            String status = latest.status() == null ? Status.NONE.key() : latest.status().key();
            return new KpiRow(k.id(), k.code(), k.name(), texts.get("asOf.note", latest.period().key()), k.pending(),
                    formats.value(decimal(latest.actual())), k.unit() == null ? "" : k.unit(),
                    formats.value(decimal(latest.target())), formats.scoreOf(decimal(latest.score())), status, "", "",
                    "", input, spark(points, status), latest.period().key());
        }

        private boolean longer(Period nativePeriod) {
            return period != null && nativePeriod.frequency().ordinal() > period.frequency().ordinal();
        }

        private String trendLabel(@Nullable BigDecimal change) {
            if (change == null) {
                return "";
            }
            String trend = formats.trend(change);
            String points = trend.substring(trend.indexOf(' ') + 1).replace("-", "");
            return trend.startsWith("▲") ? texts.get("trend.up", points)
                    : trend.startsWith("▼") ? texts.get("trend.down", points) : texts.get("trend.flat");
        }

        private String spark(List<SeriesPoint> points, String status) {
            List<Double> actuals = points.stream().map(SeriesPoint::actual).toList();
            Double last = actuals.isEmpty() ? null : actuals.get(actuals.size() - 1);
            return Sparkline.svg(actuals, status, texts.get("spark", Integer.toString(actuals.size()),
                    last == null ? "—" : formats.value(decimal(last))));
        }

        private static @Nullable BigDecimal decimal(@Nullable Double d) {
            return d == null || !Double.isFinite(d) ? null : BigDecimal.valueOf(d);
        }
    }
}
