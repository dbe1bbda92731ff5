package dev.fourfold.evaluation.web;

import static dev.fourfold.support.Evaluations.anEvaluation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.scoring.Status;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ChangeSource;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.Period;
import dev.fourfold.web.PageSlice;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The scorecard page's model and view for a period and view, a period it cannot read, and a scorecard hidden from the user. */
@PageSlice
class ScorecardPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EvaluationService evaluations;

    @Test
    void showsTheTreeAtTheAskedPeriodAndViewForTheSignedInUser() throws Exception {
        var evaluation = anEvaluation(7, "Company", "2026-06", "ytd", 72.25, Status.AMBER);
        asking("2026-06", "ytd", evaluation);

        var result = mvc.perform(get("/scorecards/7").param("period", "2026-06").param("view", "ytd").with(user("ana")))
                .andExpect(status().isOk())
                .andExpect(view().name("evaluation/scorecard"))
                .andExpect(model().attributeDoesNotExist("error"))
                .andExpect(model().attribute("views", contains("period", "ytd", "year")))
                .andReturn();

        var card = (EvaluationResponses.ScorecardNode) result.getModelAndView().getModel().get("card");
        assertThat(card.scorecardId()).isEqualTo(7);
        assertThat(card.name()).isEqualTo("Company");
        assertThat(card.period()).isEqualTo("2026-06");
        assertThat(card.view()).isEqualTo("ytd");
        assertThat(card.score()).isEqualByComparingTo(new BigDecimal("72.25"));
        assertThat(card.status()).isEqualTo("amber");
        assertThat(card.lock()).isNull();
        verify(evaluations).prepare(7L, "2026-06", "ytd", Actor.user("ana", ChangeSource.UI));
    }

    @Test
    void writesTheWholePageWithItsLengthAndNoMarkLeft() throws Exception {
        asking("2026-06", "ytd", anEvaluation(7, "Company", "2026-06", "ytd", 72.25, Status.AMBER));

        var response = mvc.perform(get("/scorecards/7").param("period", "2026-06").param("view", "ytd")
                .with(user("ana"))).andExpect(status().isOk()).andReturn().getResponse();

        String page = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"scorecard-score\"", "name=\"_csrf\"").endsWith("</html>\n")
                .doesNotContain("fourfold:rows");
        assertThat(response.getContentLength()).isEqualTo(page.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @Test
    void showsTheLatestPeriodWithTheProblemWhenThePeriodCannotBeRead() throws Exception {
        when(evaluations.prepare(eq(7L), eq("2026-13"), isNull(), any()))
                .thenThrow(new InvalidInputException("period", "'2026-13' is not a period (YYYY-MM, YYYY-Qn or YYYY)"));
        var latest = anEvaluation(7, "Company", "2026-10", "period", null, Status.NONE);
        var prepared = asking(null, null, latest);
        when(evaluations.latestScorable(prepared)).thenReturn(Period.parse("2026-10"));
        asking("2026-10", null, latest);

        var result = mvc.perform(get("/scorecards/7").param("period", "2026-13").with(user("ana")))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("evaluation/scorecard"))
                .andExpect(model().attribute("error", "That period cannot be shown: '2026-13' is not a period "
                        + "(YYYY-MM, YYYY-Qn or YYYY). Showing the latest period instead."))
                .andExpect(model().attribute("typedPeriod", "2026-13"))
                .andReturn();

        var card = (EvaluationResponses.ScorecardNode) result.getModelAndView().getModel().get("card");
        assertThat(card.period()).isEqualTo("2026-10");
        assertThat(card.score()).isNull();
        assertThat(card.status()).isEqualTo("none");
    }

    @Test
    void answersNotFoundForAScorecardTheUserMayNotRead() throws Exception {
        when(evaluations.prepare(eq(7L), any(), any(), any())).thenThrow(new NotFoundException("scorecard", 7L));

        mvc.perform(get("/scorecards/7").with(user("viewer")))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"))
                .andExpect(model().attributeExists("message"))
                .andExpect(model().attributeDoesNotExist("card"));
    }

    @Test
    void asksForSignInBeforeShowingAnything() throws Exception {
        mvc.perform(get("/scorecards/7"))
                .andExpect(status().is4xxClientError());
        verify(evaluations, org.mockito.Mockito.never()).prepare(any(Long.class), any(), any(), any());
    }

    /** The page prepares the request (access, period, view, model), then evaluates it; no version: nothing is kept. */
    private EvaluationService.Prepared asking(String period, String view, EvaluationService.ScorecardEvaluation evaluation) {
        var prepared = new EvaluationService.Prepared(evaluation.stored(), "", evaluation.current().period(),
                evaluation.current().view(), List.of());
        when(evaluations.prepare(eq(7L), period == null ? isNull() : eq(period), view == null ? isNull() : eq(view),
                any())).thenReturn(prepared);
        when(evaluations.evaluate(prepared)).thenReturn(evaluation);
        return prepared;
    }
}
