package dev.fourfold.evaluation.web;

import dev.fourfold.evaluation.web.EvaluationResponses.IncludeNode;
import dev.fourfold.evaluation.web.EvaluationResponses.KpiNode;
import dev.fourfold.evaluation.web.EvaluationResponses.ObjectiveNode;
import dev.fourfold.evaluation.web.EvaluationResponses.PerspectiveNode;
import dev.fourfold.evaluation.web.EvaluationResponses.ScorecardNode;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The body of a scorecard page below its score — a card per perspective with a table of its objectives and their
 * KPIs — as the texts it shows, numbers formatted in the reader's locale. Holds no markup and nothing of the reader
 * but the locale, so one instance serves every reader of the same model, period, view and locale
 * ({@link ScorecardPages}); {@link SectionsHtml} writes it for each request.
 */
record ScorecardSections(List<Section> perspectives, int rows) {

    /** A perspective's card; {@code includes} are the child units' scorecards it includes, after its objectives. */
    record Section(String name, String status, String score, List<ObjectiveRows> objectives, List<IncludeRow> includes) {
    }

    /** An objective's table body: its row, its KPIs' rows and the rows of the scorecards it includes. */
    record ObjectiveRows(String code, String name, String score, String status, List<KpiRow> kpis,
                         List<IncludeRow> includes) {
    }

    /** An included scorecard: unit / scorecard / perspective (or that it is withheld), its weight and score. */
    record IncludeRow(String name, @Nullable String reason, String weight, String score, String status) {
    }

    /**
     * A KPI's row; {@code unit} is null when there is no actual to show it with. An {@code input} (weight 0) feeds a
     * calculated KPI and counts nothing in its objective: it shows its numbers but no score or colour.
     */
    record KpiRow(String code, String name, @Nullable String reason, boolean pending, String actual,
                  @Nullable String unit, String target, String score, String status, String trend,
                  String completeness, boolean input) {
    }

    static ScorecardSections of(ScorecardNode card, Locale locale) {
        PageFormats formats = new PageFormats(locale);
        List<Section> sections = card.perspectives().stream().map(p -> section(p, formats)).toList();
        int objectives = sections.stream().mapToInt(s -> s.objectives().size()).sum();
        return new ScorecardSections(sections, objectives + card.kpis().size());
    }

    private static Section section(PerspectiveNode p, PageFormats formats) {
        return new Section(p.name(), p.status(), PageFormats.score(p.score()),
                p.objectives().stream().map(o -> objective(o, formats)).toList(), includes(p.includes(), formats));
    }

    private static List<IncludeRow> includes(@Nullable List<IncludeNode> includes, PageFormats formats) {
        return includes == null ? List.of() : includes.stream().map(i -> new IncludeRow(i.scorecard() == null
                ? "A scorecard not shared with this scorecard's readers"
                : i.unit() + " / " + i.scorecard() + (i.perspective() == null ? "" : " / " + i.perspective()),
                i.reason(), formats.value(i.weight()), PageFormats.score(i.score()), i.status())).toList();
    }

    private static ObjectiveRows objective(ObjectiveNode o, PageFormats formats) {
        return new ObjectiveRows(o.code(), o.name(), PageFormats.score(o.score()), o.status(),
                o.kpis().stream().map(k -> kpi(k, formats)).toList(), includes(o.includes(), formats));
    }

    private static KpiRow kpi(KpiNode k, PageFormats formats) {
        return new KpiRow(k.code(), k.name(), k.reason(), k.pending(), formats.value(k.actual()),
                k.actual() == null ? null : k.unit() == null ? "" : k.unit(), formats.value(k.target()),
                PageFormats.score(k.score()), k.status(), formats.trend(k.trend()),
                formats.completeness(k.completeness()), k.weight() != null && k.weight().signum() == 0);
    }
}
