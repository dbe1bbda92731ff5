package dev.fourfold.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.evaluation.StoredScorecard;
import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.KpiDraft;
import dev.fourfold.kpi.PeriodLock;
import dev.fourfold.kpi.PeriodLocks;
import dev.fourfold.kpi.Target;
import dev.fourfold.kpi.TargetRevision;
import dev.fourfold.kpi.TargetService;
import dev.fourfold.measurement.Actual;
import dev.fourfold.measurement.ActualRevision;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.measurement.ActualState;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scoring.Bands;
import dev.fourfold.scoring.Forecast;
import dev.fourfold.scoring.ForecastMethod;
import dev.fourfold.scoring.ForecastPoint;
import dev.fourfold.scoring.KpiExplanation;
import dev.fourfold.scoring.KpiSeries;
import dev.fourfold.scoring.ScorecardDefinition;
import dev.fourfold.scoring.ScoringModel;
import dev.fourfold.scoring.SeriesPoint;
import dev.fourfold.scoring.Status;
import dev.fourfold.scoring.View;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.Period;
import dev.fourfold.web.PageSlice;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The KPI page: a reader sees the chart's data, the history, why the colour and the outlook; anyone who may not
 * read the scorecard, and an unknown id, get the 404 page; German readers get decimal commas.
 */
@PageSlice
class KpiPageTests {

    private static final Period OCTOBER = Period.month(2026, 10);

    @Autowired
    MockMvc mvc;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    ActualService actuals;

    @Autowired
    PeriodLocks locks;

    @Autowired
    TargetService targets;

    @Test
    void showsTheLatestPeriodWithAValueToAReaderOfTheScorecard() throws Exception {
        aRevenueKpi();

        var result = mvc.perform(get("/kpis/12").with(user("viewer")).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(view().name("evaluation/kpi"))
                .andExpect(model().attributeDoesNotExist("error"))
                .andReturn();

        var page = (KpiPage) result.getModelAndView().getModel().get("page");
        assertThat(page.period()).isEqualTo("2026-10");
        assertThat(page.rows()).hasSize(24).first().satisfies(row -> {
            assertThat(row.period()).isEqualTo("2026-10");
            assertThat(row.actual()).isEqualTo("4,829.9");
            assertThat(row.lockedBy()).isEqualTo("owner");
            assertThat(row.selected()).isTrue();
        });
        assertThat(page.why()).first().isEqualTo("Actual 4,829.9 against target 4,967: ratio scoring gives 97.24, "
                + "which is amber because it lies between 90 and 100.");
        assertThat(page.outlook().probability()).isEqualTo("73%");
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"kpi-chart\"", "data-chart=\"{&quot;name&quot;:&quot;Revenue &lt;b&gt;",
                "/scorecards/3?period=2026-10", "locked by owner", "href=\"?period=2026-10\"");
    }

    @Test
    void writesNumbersWithADecimalCommaForAGermanReader() throws Exception {
        aRevenueKpi();

        var result = mvc.perform(get("/kpis/12").with(user("viewer")).locale(Locale.GERMAN))
                .andExpect(status().isOk()).andReturn();

        var page = (KpiPage) result.getModelAndView().getModel().get("page");
        assertThat(page.rows().get(0).actual()).isEqualTo("4.829,9");
        assertThat(page.score()).isEqualTo("97,2");
        assertThat(page.why().get(0)).startsWith("Ist 4.829,9 gegen Ziel 4.967: die Methode Verhältnis ergibt 97,24");
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Warum diese Farbe");
    }

    @Test
    void showsEveryVersionOfARevisedTargetWithItsReasonAndOfAChangedValueAndAValueAwaitingApproval() throws Exception {
        aRevenueKpi();
        Instant first = Instant.parse("2026-01-05T10:00:00Z");
        when(targets.allOf(12L)).thenReturn(List.of(new Target(8, 12, "REV", "2026-09", new BigDecimal("5200"),
                "Budget cut in July", 2, "owner", Instant.parse("2026-07-01T12:00:00Z"), "ui", 2)));
        when(targets.revisions(eq(12L), eq("2026-09"), any())).thenReturn(List.of(new TargetRevision(12, "2026-09", 1,
                new BigDecimal("5400"), "Annual budget", "owner", first, "import")));
        when(actuals.allOf(List.of(12L))).thenReturn(List.of(
                new Actual(5, 12, "REV", "2026-10", new BigDecimal("4829.9"), ActualState.APPROVED, null, "ui", "ana",
                        Instant.parse("2026-11-02T08:00:00Z"), 2, 2),
                new Actual(6, 12, "REV", "2026-11", new BigDecimal("4900"), ActualState.PENDING, null, "ui", "ana",
                        Instant.parse("2026-12-01T08:00:00Z"), 1, 1)));
        when(actuals.history(eq(5L), any())).thenReturn(List.of(
                new ActualRevision(12, "2026-10", 1, new BigDecimal("4289.9"), ActualState.APPROVED, null, "ui", "ana",
                        Instant.parse("2026-11-01T08:00:00Z")),
                new ActualRevision(12, "2026-10", 2, new BigDecimal("4829.9"), ActualState.APPROVED, "typo", "ui",
                        "ana", Instant.parse("2026-11-02T08:00:00Z"))));

        var page = (KpiPage) mvc.perform(get("/kpis/12").with(user("viewer")).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("page");

        assertThat(page.period()).as("the latest approved value is explained").isEqualTo("2026-10");
        assertThat(page.rows().get(0)).as("the page ends at the value awaiting approval").satisfies(row -> {
            assertThat(row.period()).isEqualTo("2026-11");
            assertThat(row.state()).isEqualTo("pending");
            assertThat(row.stateValue()).isEqualTo("4,900");
            assertThat(row.actual()).isEqualTo("—");
        });
        verify(evaluations).explain(org.mockito.ArgumentMatchers.<EvaluationService.PreparedKpi>argThat(
                p -> p.to().equals(OCTOBER)));

        assertThat(page.targetChanges()).extracting(KpiPage.TargetChange::value, KpiPage.TargetChange::reason,
                KpiPage.TargetChange::current).containsExactly(tuple("5,400", "Annual budget", false),
                tuple("5,200", "Budget cut in July", true));
        assertThat(page.valueChanges()).extracting(KpiPage.ValueChange::value, KpiPage.ValueChange::comment)
                .containsExactly(tuple("4,289.9", null), tuple("4,829.9", "typo"));
        assertThat(page.targetChanges().get(0).setAt()).isEqualTo("Jan 5, 2026, 10:00 AM UTC");
    }

    @Test
    void answersAsIfTheKpiDidNotExistToWhoeverMayNotReadItsScorecard() throws Exception {
        when(evaluations.prepareKpi(eq(12L), isNull(), isNull(), isNull(), any()))
                .thenThrow(new NotFoundException("KPI", 12L));

        mvc.perform(get("/kpis/12").with(user("outsider")))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));

        verify(actuals, never()).allOf(any());
        verify(evaluations, never()).series(any(EvaluationService.PreparedKpi.class));
    }

    @Test
    void showsTheNotFoundPageForAnUnknownId() throws Exception {
        when(evaluations.prepareKpi(anyLong(), any(), any(), any(), any())).thenThrow(new NotFoundException("KPI", 999L));

        mvc.perform(get("/kpis/999").with(user("viewer"))).andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
    }

    @Test
    void showsTheLatestPeriodWithAMessageWhenThePeriodIsNotOneOfTheKpi() throws Exception {
        aRevenueKpi();

        mvc.perform(get("/kpis/12").param("period", "2026-Q3").with(user("viewer")).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(model().attribute("error", "“2026-Q3” is not a period of this KPI: showing its latest "
                        + "period instead."));
        mvc.perform(get("/kpis/12").param("period", "1900-01").with(user("viewer"))).andExpect(status().isOk());
    }

    /** Revenue of scorecard 3, monthly, 24 months to October 2026 with a forecast, October's period locked. */
    private void aRevenueKpi() {
        Kpi kpi = new KpiDraft(1L, "REV", "Revenue <b>", null, "kUSD", null, "monthly", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, "ana", null, null, null, null, null)
                .complete().withId(12).withScorecard(3);
        ScoringModel model = mock(ScoringModel.class);
        when(model.scorecard()).thenReturn(new ScorecardDefinition("Group", 1, null, null, new Bands(90, 100, null),
                null, null, null, List.of()));
        Scorecard card = new Scorecard(3, 1, "Group scorecard", "", "ratio", null, null, null, null, null, "ignore",
                "weighted-average", false, 1);
        var stored = new StoredScorecard(card, List.of(), Map.of(), Map.of(), model, Map.of());
        when(evaluations.prepareKpi(eq(12L), isNull(), isNull(), isNull(), any()))
                .thenReturn(new EvaluationService.PreparedKpi(kpi, stored, "v" + System.nanoTime(), OCTOBER.plus(-23), OCTOBER, View.PERIOD));
        when(actuals.allOf(List.of(12L))).thenReturn(List.of(new Actual(5, 12, "REV", "2026-10",
                new BigDecimal("4829.9"), ActualState.APPROVED, "strong month", "ui", "ana",
                Instant.parse("2026-11-02T08:00:00Z"), 1, 1)));
        when(locks.of(eq(3L), any())).thenReturn(List.of(new PeriodLock(1, 3, "2026-10", "owner",
                Instant.parse("2026-11-10T08:00:00Z"), null)));
        Forecast forecast = new Forecast.Projection("REV", ForecastMethod.HOLT, 0.5, 0.1, null, 4, 20,
                List.of(new ForecastPoint(OCTOBER.plus(1), 1, 4900, 4700, 5100)), 58_400.0, 57_000.0, 0.73);
        when(evaluations.series(any(EvaluationService.PreparedKpi.class))).thenAnswer(call -> {
            EvaluationService.PreparedKpi p = call.getArgument(0);
            List<SeriesPoint> points = new ArrayList<>();
            for (Period at = p.from(); at.compareTo(p.to()) <= 0; at = at.next()) {
                points.add(at.compareTo(OCTOBER) <= 0
                        ? new SeriesPoint(at, 4829.9, 4967.0, 1.0, 97.24, Status.AMBER, null)
                        : new SeriesPoint(at, null, 4967.0, 0.0, null, Status.NONE, "no actual"));
            }
            return new EvaluationService.Series(kpi, new KpiSeries("REV", View.PERIOD, points, forecast));
        });
        when(evaluations.explain(any(EvaluationService.PreparedKpi.class))).thenReturn(new KpiExplanation("REV",
                OCTOBER, View.PERIOD, 4829.9, 4967.0, 1.0, List.of(OCTOBER), List.of(), "ratio", null,
                "ratio, (4829.9 − 4967 + 4967) / 4967 × 100 = 97.2397", 97.2397, Status.AMBER, "amber from 90", null,
                "REV: …"));
    }
}
