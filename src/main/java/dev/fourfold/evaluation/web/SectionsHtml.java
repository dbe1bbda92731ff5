package dev.fourfold.evaluation.web;

import dev.fourfold.evaluation.web.ScorecardSections.IncludeRow;
import dev.fourfold.evaluation.web.ScorecardSections.KpiRow;
import dev.fourfold.evaluation.web.ScorecardSections.ObjectiveRows;
import dev.fourfold.evaluation.web.ScorecardSections.Section;
import org.jspecify.annotations.Nullable;
import org.unbescape.html.HtmlEscape;

/**
 * Writes a scorecard page's {@link ScorecardSections} as HTML in one pass. A scorecard of 200 KPIs has some 5,000
 * elements and 3,000 expressions there; processed by Thymeleaf they took four fifths of the page's time (README,
 * "The scorecard page"). The markup is the one {@code evaluation/scorecard.html} wrote, with the whitespace between
 * tags left out where a browser shows none and kept as one character where it shows a space: a KPI row is about a
 * third shorter and looks the same. Every text is escaped as Thymeleaf's {@code th:text} escapes it. The result
 * holds nothing of a reader but the locale, so {@link ScorecardPages} keeps it with the page's texts.
 */
final class SectionsHtml {

    private static final String TABLE_HEAD = "\n<div class=\"table-responsive\">"
            + "<table class=\"table table-sm mb-0 table-stack\">\n<thead><tr><th>Objective / KPI</th>"
            + "<th class=\"text-end\">Actual</th><th class=\"text-end\">Target</th><th class=\"text-end\">Score</th>"
            + "<th>Status</th><th class=\"text-end\">Trend</th><th class=\"text-end\">Complete</th></tr></thead>";
    private static final String PENDING = "<div class=\"small text-warning-emphasis\">"
            + "A value awaits approval and does not count yet.</div>";

    private final StringBuilder html;

    private SectionsHtml(int rows) {
        this.html = new StringBuilder(1_000 + 700 * rows);
    }

    static String of(ScorecardSections sections) {
        SectionsHtml writer = new SectionsHtml(sections.rows());
        sections.perspectives().forEach(writer::section);
        return writer.html.toString();
    }

    private void section(Section s) {
        raw("\n<section class=\"card mb-4\">\n<div class=\"card-header d-flex align-items-center gap-2\">");
        raw("<span class=\"status-dot status-").text(s.status()).raw("\"></span>\n");
        raw("<h2 class=\"h5 mb-0\">").text(s.name()).raw("</h2>\n");
        raw("<span class=\"ms-auto fw-semibold\">").text(s.score()).raw("</span></div>");
        raw(TABLE_HEAD);
        s.objectives().forEach(this::objective);
        if (!s.includes().isEmpty()) {
            raw("\n<tbody>");
            s.includes().forEach(i -> include(i, ""));
            raw("\n</tbody>");
        }
        raw("\n</table></div>\n</section>");
    }

    private void objective(ObjectiveRows o) {
        raw("\n<tbody>\n<tr class=\"table-light\"><td colspan=\"3\" data-label=\"Objective\"><div><strong>")
                .text(o.code()).raw("</strong> <span>").text(o.name()).raw("</span></div></td>");
        raw("<td class=\"text-end fw-semibold\" data-label=\"Score\">").text(o.score()).raw("</td>");
        status(o.status());
        raw("<td colspan=\"2\" data-label=\"\"></td></tr>");
        o.kpis().forEach(this::kpi);
        o.includes().forEach(i -> include(i, " class=\"ps-4\""));
        raw("\n</tbody>");
    }

    /** A child unit's scorecard that a perspective (or, indented, an objective) includes. */
    private void include(IncludeRow i, String indent) {
        raw("\n<tr data-include><td data-label=\"Included\"").raw(indent).raw("><div><strong>Included</strong> <span>")
                .text(i.name()).raw("</span> <span class=\"small text-secondary\">weight ").text(i.weight()).raw("</span>");
        if (i.reason() != null) {
            raw("<div class=\"small text-secondary\">").text(i.reason()).raw("</div>");
        }
        raw("</div></td><td colspan=\"2\" data-label=\"\"></td><td class=\"text-end\" data-label=\"Score\">")
                .text(i.score()).raw("</td>");
        status(i.status());
        raw("<td colspan=\"2\" data-label=\"\"></td></tr>");
    }

    /** What an input row says instead of a score: it feeds a formula and counts nothing by itself. */
    private static final String INPUT = "<div class=\"small text-secondary\">Input of a calculated KPI (weight 0): not "
            + "scored in its objective.</div>";

    private void kpi(KpiRow k) {
        raw("\n<tr data-kpi=\"").text(k.code()).raw("\"><td data-label=\"KPI\" class=\"ps-4\"><div><strong>")
                .text(k.code()).raw("</strong> <span>").text(k.name()).raw("</span>");
        if (k.reason() != null) {
            raw("<div class=\"small text-secondary\">").text(k.reason()).raw("</div>");
        }
        raw(k.input() ? INPUT : "");
        raw(k.pending() ? PENDING : "");
        raw("</div></td><td class=\"text-end\" data-label=\"Actual\"><span>").text(k.actual()).raw("</span>");
        if (k.unit() != null) {
            raw(" <span class=\"small text-secondary\">").text(k.unit()).raw("</span>");
        }
        raw("</td><td class=\"text-end\" data-label=\"Target\">").text(k.target());
        if (k.input()) {
            raw("</td><td class=\"text-end\" data-label=\"Score\">—</td>");
            raw("<td data-label=\"Status\"><span class=\"status-dot status-none\"></span> <span>input</span></td>");
        } else {
            raw("</td><td class=\"text-end\" data-label=\"Score\">").text(k.score()).raw("</td>");
            status(k.status());
        }
        raw("<td class=\"text-end\" data-label=\"Trend\">").text(k.input() ? "" : k.trend());
        raw("</td><td class=\"text-end\" data-label=\"Complete\">").text(k.completeness()).raw("</td></tr>");
    }

    private void status(String status) {
        raw("<td data-label=\"Status\"><span class=\"status-dot status-").text(status).raw("\"></span> <span>")
                .text(status).raw("</span></td>");
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
