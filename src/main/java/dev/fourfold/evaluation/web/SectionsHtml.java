package dev.fourfold.evaluation.web;

import dev.fourfold.evaluation.web.ScorecardSections.IncludeRow;
import dev.fourfold.evaluation.web.ScorecardSections.KpiRow;
import dev.fourfold.evaluation.web.ScorecardSections.ObjectiveRows;
import dev.fourfold.evaluation.web.ScorecardSections.Section;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.unbescape.html.HtmlEscape;

/**
 * Writes a scorecard page's {@link ScorecardSections} as HTML in one pass. A scorecard of 200 KPIs has some 6,000
 * elements; processed by Thymeleaf they took four fifths of the page's time (README, "The scorecard page"). Every
 * text is escaped as Thymeleaf's {@code th:text} escapes it; the sparklines are SVG that {@link dev.fourfold.evaluation.Sparkline} wrote
 * from numbers. The result holds nothing of a reader but the language, so {@link ScorecardPages} keeps it.
 */
final class SectionsHtml {

    /**
     * Each status's shape, so that a status never shows by colour alone; every page uses these (the strategy map
     * draws the same shapes in SVG).
     */
    static final Map<String, String> SHAPES = Map.of("green", "●", "amber", "▲", "red", "■", "blue", "◆", "none", "○");

    private final StringBuilder html;
    private final DashboardTexts texts;
    private final String tableHead;

    private SectionsHtml(int rows, DashboardTexts texts) {
        this.html = new StringBuilder(1_000 + 1_100 * rows);
        this.texts = texts;
        this.tableHead = "\n<div class=\"table-responsive\"><table class=\"table table-sm mb-0 table-stack dashboard\">"
                + "\n<thead><tr><th>" + escape(texts.get("head.kpi")) + "</th><th>" + escape(texts.get("head.recent"))
                + "</th>" + numberHead("head.actual") + numberHead("head.target") + numberHead("head.score") + "<th>"
                + escape(texts.get("head.status")) + "</th>" + numberHead("head.change") + numberHead("head.complete")
                + "</tr></thead>";
    }

    static String of(ScorecardSections sections) {
        SectionsHtml writer = new SectionsHtml(sections.rows(), sections.texts());
        sections.perspectives().forEach(writer::section);
        return writer.html.toString();
    }

    private String numberHead(String key) {
        return "<th class=\"text-end\">" + escape(texts.get(key)) + "</th>";
    }

    private void section(Section s) {
        raw("\n<section class=\"card mb-4\">\n<div class=\"card-header d-flex align-items-center gap-2\">");
        mark(s.status());
        raw("\n<h2 class=\"h5 mb-0\">").text(s.name()).raw("</h2>\n");
        raw("<span class=\"ms-auto fw-semibold\">").text(s.score()).raw(" <span class=\"small fw-normal\">")
                .text(texts.status(s.status())).raw("</span></span></div>");
        raw(tableHead);
        s.objectives().forEach(this::objective);
        if (!s.includes().isEmpty()) {
            raw("\n<tbody>");
            s.includes().forEach(i -> include(i, ""));
            raw("\n</tbody>");
        }
        raw("\n</table></div>\n</section>");
    }

    private void objective(ObjectiveRows o) {
        raw("\n<tbody>\n<tr class=\"table-light objective-row\"><td colspan=\"4\" data-label=\"")
                .text(texts.get("label.objective")).raw("\"><div><a href=\"/objectives/").raw(Long.toString(o.id()))
                .raw("\" aria-label=\"").text(texts.get("objective.open", o.code() + " " + o.name())).raw("\"><strong>")
                .text(o.code()).raw("</strong> <span>").text(o.name()).raw("</span></a></div></td>");
        raw("<td class=\"text-end fw-semibold\" data-label=\"").text(texts.get("head.score")).raw("\">").text(o.score())
                .raw("</td>");
        status(o.status());
        raw("<td colspan=\"2\" data-label=\"\"></td></tr>");
        o.kpis().forEach(this::kpi);
        o.includes().forEach(i -> include(i, " class=\"ps-4\""));
        raw("\n</tbody>");
    }

    /** A child unit's scorecard that a perspective (or, indented, an objective) includes. */
    private void include(IncludeRow i, String indent) {
        raw("\n<tr data-include><td colspan=\"2\" data-label=\"").text(texts.get("label.included")).raw("\"")
                .raw(indent).raw("><div><strong>").text(texts.get("label.included")).raw("</strong> <span>")
                .text(i.name()).raw("</span> <span class=\"small text-secondary\">")
                .text(texts.get("weight", i.weight())).raw("</span>");
        note("small text-secondary", i.reason());
        raw("</div></td><td colspan=\"2\" data-label=\"\"></td><td class=\"text-end\" data-label=\"")
                .text(texts.get("head.score")).raw("\">").text(i.score()).raw("</td>");
        status(i.status());
        raw("<td colspan=\"2\" data-label=\"\"></td></tr>");
    }

    private void kpi(KpiRow k) {
        raw("\n<tr data-kpi=\"").text(k.code()).raw("\"");
        if (k.asOf() != null) {
            raw(" data-as-of=\"").text(k.asOf()).raw("\"");
        }
        raw("><td data-label=\"").text(texts.get("label.kpi")).raw("\" class=\"ps-4\"><div><a href=\"/kpis/")
                .raw(Long.toString(k.id())).raw("\" aria-label=\"").text(texts.get("kpi.open", k.code() + " " + k.name()))
                .raw("\"><strong>").text(k.code()).raw("</strong> <span>").text(k.name()).raw("</span></a>");
        if (k.asOf() != null) {
            raw(" <span class=\"badge as-of\">").text(texts.get("asOf", k.asOf())).raw("</span>");
        }
        note("small text-secondary", k.reason());
        note("small text-secondary", k.input() ? texts.get("input") : null);
        note("small pending-note", k.pending() ? "⏳ " + texts.get("pending") : null);
        raw("</div></td><td class=\"spark-cell\" data-label=\"").text(texts.get("head.recent")).raw("\">")
                .raw(k.spark()).raw("</td><td class=\"text-end\" data-label=\"").text(texts.get("head.actual"))
                .raw("\"><span>").text(k.actual()).raw("</span>");
        if (k.unit() != null) {
            raw(" <span class=\"small text-secondary\">").text(k.unit()).raw("</span>");
        }
        raw("</td><td class=\"text-end\" data-label=\"").text(texts.get("head.target")).raw("\">").text(k.target());
        raw("</td><td class=\"text-end\" data-label=\"").text(texts.get("head.score")).raw("\">")
                .text(k.input() ? "—" : k.score()).raw("</td>");
        if (k.input()) {
            raw("<td data-label=\"").text(texts.get("head.status")).raw("\"><span class=\"status-mark status-none\" "
                    + "aria-hidden=\"true\">○</span> <span>").text(texts.get("input.status")).raw("</span></td>");
        } else {
            status(k.status());
        }
        raw("<td class=\"text-end\" data-label=\"").text(texts.get("head.change")).raw("\">");
        if (!k.input() && !k.trend().isEmpty()) {
            raw("<span aria-hidden=\"true\">").text(k.trend()).raw("</span><span class=\"visually-hidden\">")
                    .text(k.trendLabel()).raw("</span>");
        }
        raw("</td><td class=\"text-end\" data-label=\"").text(texts.get("head.complete")).raw("\">")
                .text(k.completeness()).raw("</td></tr>");
    }

    private void note(String classes, @Nullable String text) {
        if (text != null) {
            raw("<div class=\"").raw(classes).raw("\">").text(text).raw("</div>");
        }
    }

    private void mark(String status) {
        raw("<span class=\"status-mark status-").text(status).raw("\" aria-hidden=\"true\">")
                .raw(SHAPES.getOrDefault(status, "○")).raw("</span>");
    }

    private void status(String status) {
        raw("<td data-label=\"").text(texts.get("head.status")).raw("\">");
        mark(status);
        raw(" <span>").text(texts.status(status)).raw("</span></td>");
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

    private static String escape(String text) {
        return HtmlEscape.escapeHtml4Xml(text);
    }
}
