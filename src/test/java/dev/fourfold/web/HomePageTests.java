package dev.fourfold.web;

import static dev.fourfold.support.Evaluations.anEvaluation;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.scoring.Status;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.PageResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The home page's model: one row per readable scorecard with its latest score rounded for reading, and the admin flag. */
@PageSlice
class HomePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScorecardService scorecards;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    Access access;

    @Test
    void listsEachReadableScorecardWithItsScoreRoundedToOneDecimal() throws Exception {
        var company = anEvaluation(1, "Company", "2026-10", "period", 72.25, Status.AMBER);
        var sales = anEvaluation(2, "Sales", "2026-10", "period", null, Status.NONE);
        when(scorecards.list(isNull(), any(), any()))
                .thenReturn(page(List.of(company.stored().scorecard(), sales.stored().scorecard())));
        when(evaluations.evaluate(eq(1L), isNull(), isNull(), any())).thenReturn(company);
        when(evaluations.evaluate(eq(2L), isNull(), isNull(), any())).thenReturn(sales);

        mvc.perform(get("/").with(user("ana")))
                .andExpect(status().isOk())
                .andExpect(view().name("web/home"))
                .andExpect(model().attribute("rows", contains(
                        new HomeController.Row(1, "Company", "2026-10", "72.3", "amber"),
                        new HomeController.Row(2, "Sales", "2026-10", "—", "none"))))
                .andExpect(model().attribute("isAdmin", false));
    }

    @Test
    void tellsTheLayoutWhenTheUserIsAnAdmin() throws Exception {
        when(scorecards.list(isNull(), any(), any())).thenReturn(page(List.of()));
        when(access.isAdmin(any())).thenReturn(true);

        mvc.perform(get("/").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("rows", empty()))
                .andExpect(model().attribute("isAdmin", true));
    }

    private static PageResponse<Scorecard> page(List<Scorecard> items) {
        return new PageResponse<>(items, 0, Math.max(1, items.size()), items.size());
    }
}
