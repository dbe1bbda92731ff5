package dev.fourfold.evaluation.web;

import dev.fourfold.evaluation.web.ScorecardSections.KpiRow;
import dev.fourfold.evaluation.web.ScorecardSections.ObjectiveRows;
import dev.fourfold.evaluation.web.ScorecardSections.Section;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.unbescape.html.HtmlEscape;

/**
 * Writes a scorecard page's {@link ScorecardSections} as HTML in one pass, for each request. A scorecard of 200 KPIs
 * has some 5,000 elements and 3,000 expressions there; processed by Thymeleaf they took four fifths of the page's
 * time (README, "The scorecard page"). The markup is the one {@code evaluation/scorecard.html} produced before, to
 * the byte, whitespace included, and every text is escaped as Thymeleaf's {@code th:text} escapes it.
 */
final class SectionsHtml {

    private static final String TABLE_HEAD = """
                <div class="table-responsive">
                  <table class="table table-sm mb-0 table-stack">
                    <thead>
                    <tr><th>Objective / KPI</th><th class="text-end">Actual</th><th class="text-end">Target</th>
                      <th class="text-end">Score</th><th>Status</th><th class="text-end">Trend</th>\
            <th class="text-end">Complete</th></tr>
                    </thead>
                    """;
    private static final String PENDING = "<div class=\"small text-warning-emphasis\">"
            + "A value awaits approval and does not count yet.</div>";

    private final StringBuilder html;

    private SectionsHtml(int rows) {
        this.html = new StringBuilder(1_000 + 1_000 * rows);
    }

    static String of(ScorecardSections sections) {
        SectionsHtml writer = new SectionsHtml(sections.rows());
        writer.each(sections.perspectives(), "\n\n  ", writer::section);
        return writer.html.toString();
    }

    /** Writes the items, each after the first preceded by the whitespace Thymeleaf repeated between iterations. */
    private <T> void each(List<T> items, String between, Consumer<T> writer) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                html.append(between);
            }
            writer.accept(items.get(i));
        }
    }

    private void section(Section s) {
        raw("<section class=\"card mb-4\">\n    <div class=\"card-header d-flex align-items-center gap-2\">\n");
        raw("      <span class=\"status-dot status-").text(s.status()).raw("\"></span>\n");
        raw("      <h2 class=\"h5 mb-0\">").text(s.name()).raw("</h2>\n");
        raw("      <span class=\"ms-auto fw-semibold\">").text(s.score()).raw("</span>\n    </div>\n");
        raw(TABLE_HEAD).raw("        ");
        each(s.objectives(), "\n        ", this::objective);
        raw("\n      </table>\n    </div>\n  </section>");
    }

    private void objective(ObjectiveRows o) {
        raw("<tbody>\n        <tr class=\"table-light\">\n");
        raw("          <td colspan=\"3\" data-label=\"Objective\"><div><strong>").text(o.code())
                .raw("</strong> <span>").text(o.name()).raw("</span></div></td>\n");
        raw("          <td class=\"text-end fw-semibold\" data-label=\"Score\">").text(o.score()).raw("</td>\n");
        status(o.status());
        raw("          <td colspan=\"2\" data-label=\"\"></td>\n        </tr>\n        ");
        each(o.kpis(), "\n        ", this::kpi);
        raw("\n        </tbody>");
    }

    private void kpi(KpiRow k) {
        raw("<tr data-kpi=\"").text(k.code()).raw("\">\n          <td data-label=\"KPI\" class=\"ps-4\"><div>\n");
        raw("            <strong>").text(k.code()).raw("</strong>\n");
        raw("            <span>").text(k.name()).raw("</span>\n            ");
        if (k.reason() != null) {
            raw("<div class=\"small text-secondary\">").text(k.reason()).raw("</div>");
        }
        raw("\n            ").raw(k.pending() ? PENDING : "");
        raw("\n          </div></td>\n          <td class=\"text-end\" data-label=\"Actual\">\n");
        raw("            <span>").text(k.actual()).raw("</span>\n            ");
        if (k.unit() != null) {
            raw("<span class=\"small text-secondary\">").text(k.unit()).raw("</span>");
        }
        raw("\n          </td>\n");
        raw("          <td class=\"text-end\" data-label=\"Target\">").text(k.target()).raw("</td>\n");
        raw("          <td class=\"text-end\" data-label=\"Score\">").text(k.score()).raw("</td>\n");
        status(k.status());
        raw("          <td class=\"text-end\" data-label=\"Trend\">").text(k.trend()).raw("</td>\n");
        raw("          <td class=\"text-end\" data-label=\"Complete\">").text(k.completeness()).raw("</td>\n");
        raw("        </tr>");
    }

    private void status(String status) {
        raw("          <td data-label=\"Status\"><span class=\"status-dot status-").text(status).raw("\"></span>\n");
        raw("            <span>").text(status).raw("</span></td>\n");
    }

    private SectionsHtml raw(String markup) {
        html.append(markup);
        return this;
    }

    /** A text as {@code th:text} writes it: the characters significant in markup escaped. */
    private SectionsHtml text(@Nullable String text) {
        if (text != null) {
            html.append(HtmlEscape.escapeHtml4Xml(text));
        }
        return this;
    }
}
