package dev.fourfold.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.evaluation.web.EvaluationResponses.KpiNode;
import dev.fourfold.evaluation.web.EvaluationResponses.ObjectiveNode;
import dev.fourfold.evaluation.web.EvaluationResponses.PerspectiveNode;
import dev.fourfold.evaluation.web.EvaluationResponses.ScorecardNode;
import dev.fourfold.support.Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The perspectives, objectives and KPI rows of a scorecard page, as the template wrote them. */
class SectionsHtmlTests {

    @Test
    void writesAKpiRowWithItsNumbersUnitReasonAndPendingValue() {
        KpiNode revenue = kpi("REV", "Revenue", "kUSD", "4200.5", "4300", "97.67", "amber", "no actual in 2026-10", true);

        assertThat(html(List.of(perspective("Financial", objective("F1", "Grow", revenue))))).isEqualTo("""

                <section class="card mb-4">
                <div class="card-header d-flex align-items-center gap-2">\
                <span class="status-mark status-amber" aria-hidden="true">▲</span>
                <h2 class="h5 mb-0">Financial</h2>
                <span class="ms-auto fw-semibold">95.3 <span class="small fw-normal">Amber</span></span></div>
                <div class="table-responsive"><table class="table table-sm mb-0 table-stack dashboard">
                <thead><tr><th>Objective / KPI</th><th>Last 12</th><th class="text-end">Actual</th>\
                <th class="text-end">Target</th><th class="text-end">Score</th><th>Status</th>\
                <th class="text-end">Change</th><th class="text-end">Complete</th></tr></thead>
                <tbody>
                <tr class="table-light objective-row"><td colspan="4" data-label="Objective"><div>\
                <a href="/objectives/1" aria-label="Open the objective F1 Grow">\
                <strong>F1</strong> <span>Grow</span></a></div></td>\
                <td class="text-end fw-semibold" data-label="Score">95.8</td><td data-label="Status">\
                <span class="status-mark status-green" aria-hidden="true">●</span> <span>Green</span></td>\
                <td colspan="2" data-label=""></td></tr>
                <tr data-kpi="REV"><td data-label="KPI" class="ps-4"><div>\
                <a href="/kpis/1" aria-label="Open the KPI REV Revenue"><strong>REV</strong> <span>Revenue</span>\
                </a><div class="small text-secondary">no actual in 2026-10</div>\
                <div class="small pending-note">⏳ Pending: a value awaits approval and does not count yet.</div>\
                </div></td><td class="spark-cell" data-label="Last 12"></td>\
                <td class="text-end" data-label="Actual">\
                <span>4,200.5</span> <span class="small text-secondary">kUSD</span></td>\
                <td class="text-end" data-label="Target">4,300</td><td class="text-end" data-label="Score">97.7</td>\
                <td data-label="Status">\
                <span class="status-mark status-amber" aria-hidden="true">▲</span> <span>Amber</span></td>\
                <td class="text-end" data-label="Change"><span aria-hidden="true">▲ 1.2</span>\
                <span class="visually-hidden">Score up 1.2 points on the previous period</span></td>\
                <td class="text-end" data-label="Complete">100%</td></tr>
                </tbody>
                </table></div>
                </section>""");
    }

    @Test
    void leavesOutTheReasonPendingValueAndUnitOfAKpiWithoutThem() {
        KpiNode ideas = kpi("IDEAS", "Ideas", "ideas", null, null, null, "none", null, false);

        assertThat(html(List.of(perspective("Learning", objective("L1", "Learn", ideas))))).contains("""
                <span>Ideas</span></a></div></td><td class="spark-cell" data-label="Last 12"></td>\
                <td class="text-end" data-label="Actual"><span>—</span></td>\
                <td class="text-end" data-label="Target">—</td><td class="text-end" data-label="Score">—</td>""");
    }

    @Test
    void showsAFormulaInputOfWeightZeroAsAnInputWithoutScoreOrColour() {
        KpiNode detractors = new KpiNode(1, "DETRACTORS", "Detractors", "answers", "lower", BigDecimal.ZERO,
                new BigDecimal("72"), new BigDecimal("58.6"), new BigDecimal("77.1"), "red", null, BigDecimal.ONE,
                new BigDecimal("-0.9"), false, null);

        assertThat(html(List.of(perspective("Customer", objective("C2", "Keep", detractors))))).contains(
                "<div class=\"small text-secondary\">Input of a calculated KPI (weight 0): not scored in its objective."
                        + "</div></div></td><td class=\"spark-cell\" data-label=\"Last 12\"></td><td class=\"text-end\" "
                        + "data-label=\"Actual\"><span>72</span> <span class=\"small text-secondary\">answers</span></td>"
                        + "<td class=\"text-end\" data-label=\"Target\">58.6</td><td class=\"text-end\" "
                        + "data-label=\"Score\">—</td><td data-label=\"Status\"><span class=\"status-mark status-none\" "
                        + "aria-hidden=\"true\">○</span> <span>input</span></td><td class=\"text-end\" "
                        + "data-label=\"Change\"></td>");
    }

    @Test
    void escapesEveryTextAsThymeleafsTextAttributeDid() {
        KpiNode hostile = kpi("X\"1", "<script>alert('x')</script> & co", "<b>", "1", "1", "1", "green", "<i>", false);

        String html = html(List.of(perspective("<P>", objective("<O>", "\"o\"", hostile))));

        assertThat(html).contains("<tr data-kpi=\"X&quot;1\">", "aria-label=\"Open the KPI X&quot;1 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co\"", "<strong>X&quot;1</strong>",
                "<span>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co</span>",
                "<span class=\"small text-secondary\">&lt;b&gt;</span>", "<div class=\"small text-secondary\">&lt;i&gt;</div>",
                "<h2 class=\"h5 mb-0\">&lt;P&gt;</h2>", "<strong>&lt;O&gt;</strong> <span>&quot;o&quot;</span>");
        assertThat(html).doesNotContain("<script>", "<b>", "<i>", "<P>", "<O>");
    }

    @Test
    void keepsOneCharacterOfWhitespaceOnlyWhereABrowserShowsASpace() {
        KpiNode a = kpi("A", "A", null, "1", "1", "100", "green", null, false);
        KpiNode b = kpi("B", "B", null, "1", "1", "100", "green", null, false);

        String html = html(List.of(perspective("P", objective("O1", "O", a, b), objective("O2", "O")),
                perspective("Q")));

        assertThat(html).contains("</tr>\n<tr data-kpi=\"B\">", "</tbody>\n<tbody>",
                "<td colspan=\"2\" data-label=\"\"></td></tr>\n</tbody>", "</section>\n<section",
                "</thead>\n</table>", "<span>1</span> <span class=\"small text-secondary\"></span></td>");
        assertThat(html).doesNotContain("  ", "\n\n").startsWith("\n<section").endsWith("</section>");
        assertThat(html(List.of())).isEmpty();
    }

    private static String html(List<PerspectiveNode> perspectives) {
        ScorecardNode card = new ScorecardNode(1, "Company", "2026-10", "period", null, "none", null, null, null, null,
                null, perspectives);
        return SectionsHtml.of(ScorecardSections.of(card, java.util.Map.of(), DashboardTexts.of(Messages.bundles(), Locale.ENGLISH)));
    }

    private static PerspectiveNode perspective(String name, ObjectiveNode... objectives) {
        return new PerspectiveNode(1, name, BigDecimal.ONE, new BigDecimal("95.25"), "amber", null, null,
                List.of(objectives));
    }

    private static ObjectiveNode objective(String code, String name, KpiNode... kpis) {
        return new ObjectiveNode(1, code, name, BigDecimal.ONE, new BigDecimal("95.8"), "green", null, null,
                List.of(kpis));
    }

    private static KpiNode kpi(String code, String name, String unit, String actual, String target, String score,
                               String status, String reason, boolean pending) {
        return new KpiNode(1, code, name, unit, "higher", BigDecimal.ONE, number(actual), number(target), number(score),
                status, reason, actual == null ? null : BigDecimal.ONE, actual == null ? null : new BigDecimal("1.2"),
                pending, null);
    }

    private static BigDecimal number(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
