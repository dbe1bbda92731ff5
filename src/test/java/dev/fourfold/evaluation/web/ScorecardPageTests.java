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
import dev.fourfold.web.PageSlice;
import java.math.BigDecimal;
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
        when(evaluations.evaluate(eq(7L), eq("2026-06"), eq("ytd"), any())).thenReturn(evaluation);

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
        verify(evaluations).evaluate(7L, "2026-06", "ytd", Actor.user("ana", ChangeSource.UI));
    }

    @Test
    void showsTheLatestPeriodWithTheProblemWhenThePeriodCannotBeRead() throws Exception {
        when(evaluations.evaluate(eq(7L), eq("2026-13"), isNull(), any()))
                .thenThrow(new InvalidInputException("period", "'2026-13' is not a period (YYYY-MM, YYYY-Qn or YYYY)"));
        var latest = anEvaluation(7, "Company", "2026-10", "period", null, Status.NONE);
        when(evaluations.evaluate(eq(7L), isNull(), isNull(), any())).thenReturn(latest);

        var result = mvc.perform(get("/scorecards/7").param("period", "2026-13").with(user("ana")))
                .andExpect(status().isOk())
                .andExpect(view().name("evaluation/scorecard"))
                .andExpect(model().attribute("error", "'2026-13' is not a period (YYYY-MM, YYYY-Qn or YYYY)"))
                .andReturn();

        var card = (EvaluationResponses.ScorecardNode) result.getModelAndView().getModel().get("card");
        assertThat(card.period()).isEqualTo("2026-10");
        assertThat(card.score()).isNull();
        assertThat(card.status()).isEqualTo("none");
    }

    @Test
    void answersNotFoundForAScorecardTheUserMayNotRead() throws Exception {
        when(evaluations.evaluate(eq(7L), any(), any(), any())).thenThrow(new NotFoundException("scorecard", 7L));

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
        verify(evaluations, org.mockito.Mockito.never()).evaluate(any(Long.class), any(), any(), any());
    }
}
