package dev.fourfold.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.evaluation.web.EvaluationResponses.IncludeNode;
import dev.fourfold.evaluation.web.EvaluationResponses.ObjectiveNode;
import dev.fourfold.evaluation.web.EvaluationResponses.PerspectiveNode;
import dev.fourfold.evaluation.web.EvaluationResponses.ScorecardNode;
import dev.fourfold.support.Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The scorecard page shows the child units' scorecards a perspective or objective includes, and nothing of withheld ones. */
class IncludedSectionsHtmlTests {

    private static final IncludeNode MANUFACTURING = new IncludeNode(7L, 2L, "Northwind Manufacturing", 2L,
            "Manufacturing scorecard", "Financial", new BigDecimal("2"), new BigDecimal("80"), "amber", null);
    private static final IncludeNode WITHHELD = new IncludeNode(null, null, null, null, null, null, BigDecimal.ONE, null,
            "none", "not shared with this scorecard's readers");

    private static String html(PerspectiveNode perspective) {
        ScorecardNode card = new ScorecardNode(1, "Group", "2026-10", "period", null, "none", null, null, null, null,
                null, List.of(perspective));
        return SectionsHtml.of(ScorecardSections.of(card, java.util.Map.of(), DashboardTexts.of(Messages.bundles(), Locale.ENGLISH)));
    }

    @Test
    void showsEachIncludedScorecardWithItsUnitWeightAndScore() {
        ObjectiveNode objective = new ObjectiveNode(1, "G2", "Keep customers", BigDecimal.ONE, null, "none", null, null,
                List.of(), List.of(WITHHELD));
        String html = html(new PerspectiveNode(1, "Financial", BigDecimal.ONE, new BigDecimal("90"), "amber", null, null,
                List.of(objective), List.of(MANUFACTURING)));
        assertThat(html).contains("<strong>Included</strong> <span>Northwind Manufacturing / Manufacturing scorecard / "
                + "Financial</span> <span class=\"small text-secondary\">weight 2</span>", ">80.0<");
        assertThat(html).contains("<td colspan=\"2\" data-label=\"Included\" class=\"ps-4\"><div><strong>Included</strong> <span>"
                + "A scorecard not shared with this scorecard&#39;s readers</span>");
    }

    @Test
    void writesNothingMoreForAPerspectiveWithoutInclusions() {
        assertThat(html(new PerspectiveNode(1, "Financial", BigDecimal.ONE, null, "none", null, null, List.of())))
                .doesNotContain("Included");
    }
}
