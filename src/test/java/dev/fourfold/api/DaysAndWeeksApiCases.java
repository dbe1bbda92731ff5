package dev.fourfold.api;

import static dev.fourfold.api.ApiCases.assertProblem;
import static dev.fourfold.api.ApiCases.fields;
import static dev.fourfold.api.ApiCases.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Api;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Daily and weekly KPIs over the API: values, evaluations at a week and a day, phasing and locks. */
interface DaysAndWeeksApiCases extends ApiCases {

    private String days(String code, LocalDate first, LocalDate last, int value) {
        StringBuilder items = new StringBuilder();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            items.append(items.isEmpty() ? "" : ",").append("{\"kpiCode\": \"").append(code).append("\", \"period\": \"")
                    .append(d).append("\", \"value\": ").append(value).append('}');
        }
        return "{\"items\": [" + items + "]}";
    }

    @Test
    default void recordsDailyAndWeeklyValuesAndEvaluatesThemAtAWeekAndADay() {
        Map<String, Long> card = scorecardWithObjective();
        String calls = unique("CALLS");
        String tickets = unique("TICKETS");
        long daily = kpi(card.get("objective"), calls, "\"frequency\": \"daily\", \"target\": 100");
        kpi(card.get("objective"), tickets, "\"frequency\": \"weekly\", \"target\": 500");
        Api.Answer written = api().post("/api/v1/actuals/batch", days(calls, LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 5), 110));
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        assertThat(written.<Integer>json("$.created")).as(written.body()).isEqualTo(7);
        api().post("/api/v1/actuals/batch", "{\"items\": [{\"kpiCode\": \"" + tickets + "\", \"period\": \"2026-W14\", \"value\": 505}]}");

        String evaluation = "/api/v1/scorecards/" + card.get("scorecard") + "/evaluation?period=";
        Api.Answer week = api().get(evaluation + "2026-W14");
        assertThat(week.status()).as(week.body()).isEqualTo(200);
        assertThat(week.<List<Object>>json("$.perspectives[0].objectives[0].kpis[*].actual").toString()).isEqualTo("[770,505]");
        Api.Answer day = api().get(evaluation + "2026-03-31");
        assertThat(day.<List<Object>>json("$.perspectives[0].objectives[0].kpis[*].actual").toString()).isEqualTo("[110,null]");
        Api.Answer april = api().get(evaluation + "2026-04");
        assertThat(april.<List<Object>>json("$.perspectives[0].objectives[0].kpis[*].actual").toString())
                .as("W14's Thursday is 2 April").isEqualTo("[550,505]");

        Api.Answer series = api().get("/api/v1/kpis/" + daily + "/series?from=2026-03-30&to=2026-04-05");
        assertThat(series.<List<String>>json("$.points[*].period")).hasSize(7).startsWith("2026-03-30").endsWith("2026-04-05");
        Api.Answer centuries = api().get("/api/v1/kpis/" + daily + "/series?from=1900-01-01&to=2199-12-31");
        assertProblem(centuries, 400);
        assertThat(fields(centuries)).containsExactly("from");
        assertThat(centuries.body()).contains("a series holds at most 3660 periods", "109573 daily periods");

        Api.Answer monthly = api().post("/api/v1/actuals/batch", "{\"items\": [{\"kpiCode\": \"" + calls
                + "\", \"period\": \"2026-03\", \"value\": 1}]}");
        assertProblem(monthly, 400);
        assertThat(monthly.body()).contains("2026-03-15");
    }

    @Test
    default void phasesAnAnnualTargetOverTheWeeksWhoseThursdayIsInTheFiscalYear() {
        long objective = scorecardWithObjective().get("objective");
        long weekly = kpi(objective, unique("W"), "\"frequency\": \"weekly\", \"aggregation\": \"sum\"");
        int fiscalStart = api().get("/api/v1/organisation").<Integer>json("$.fiscalYearStart");
        LocalDate start = LocalDate.of(2026, fiscalStart, 1);
        int thursdays = 0;
        for (LocalDate d = start; d.isBefore(start.plusYears(1)); d = d.plusDays(1)) {
            thursdays += d.getDayOfWeek() == DayOfWeek.THURSDAY ? 1 : 0;
        }
        Api.Answer phased = api().post("/api/v1/targets/phase", "{\"kpiId\": " + weekly + ", \"year\": \"2026\", \"total\": 5300}");
        assertThat(phased.status()).as(phased.body()).isEqualTo(200);
        assertThat(phased.<Integer>json("$.created")).isEqualTo(thursdays);
    }

    @Test
    default void locksOfAMonthCoverItsDaysAndTheWeeksCountedInIt() {
        Map<String, Long> card = scorecardWithObjective();
        String daily = unique("D");
        String weekly = unique("W");
        kpi(card.get("objective"), daily, "\"frequency\": \"daily\", \"target\": 1");
        kpi(card.get("objective"), weekly, "\"frequency\": \"weekly\", \"target\": 1");
        Api.Answer lock = api().post("/api/v1/scorecards/" + card.get("scorecard") + "/locks", "{\"period\": \"2026-03\"}");
        assertThat(lock.status()).as(lock.body()).isEqualTo(201);

        assertWrite(daily, "2026-03-15", 409, "");
        assertWrite(weekly, "2026-W13", 409, "23–29 March");
        assertWrite(weekly, "2026-W10", 409, "2–8 March");
        assertWrite(weekly, "2026-W14", 200, "30 March – 5 April counts in April");
        assertWrite(weekly, "2026-W09", 200, "23 February – 1 March counts in February");
        assertWrite(daily, "2026-04-01", 200, "");

        Api.Answer dayLock = api().post("/api/v1/scorecards/" + card.get("scorecard") + "/locks", "{\"period\": \"2026-05-04\"}");
        assertThat(dayLock.status()).as(dayLock.body()).isEqualTo(201);
        assertWrite(daily, "2026-05-04", 409, "");
        assertWrite(weekly, "2026-W19", 409, "the week of 4 May");
        assertWrite(daily, "2026-05-05", 200, "");
    }

    private void assertWrite(String code, String period, int status, String why) {
        Api.Answer answer = value(code, period);
        assertThat(answer.status()).as(period + " " + why + ": " + answer.body()).isEqualTo(status);
    }

    private Api.Answer value(String code, String period) {
        return api().post("/api/v1/actuals/batch", "{\"items\": [{\"kpiCode\": \"" + code + "\", \"period\": \"" + period
                + "\", \"value\": 1}]}");
    }
}
