package dev.fourfold.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Api;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo company loads on start and is internally consistent. */
interface DemoCompanyCases extends ApiCases {

    @Test
    default void loadsThreeUnitsEachWithAScorecardAndTheDivisionsBelowTheGroup() {
        Api.Answer units = api().get("/api/v1/units?size=500");
        List<Map<String, Object>> demo = units.json("$.items[?(@.name =~ /Northwind.*/)]");
        assertThat(demo).extracting(u -> u.get("name"))
                .containsExactlyInAnyOrder("Northwind Group", "Northwind Manufacturing", "Northwind Services");
        Object groupId = demo.stream().filter(u -> u.get("name").equals("Northwind Group")).findFirst().orElseThrow().get("id");
        assertThat(demo).filteredOn(u -> !u.get("name").equals("Northwind Group"))
                .allSatisfy(u -> assertThat(u.get("parentId")).isEqualTo(groupId));
        for (Map<String, Object> unit : demo) {
            assertThat(api().get("/api/v1/scorecards?unitId=" + unit.get("id")).<Integer>json("$.total")).isEqualTo(1);
        }
    }

    @Test
    default void givesEveryDemoScorecardTenToSixteenObjectivesAndAtLeastTwelveKpis() {
        for (int scorecard = 1; scorecard <= 3; scorecard++) {
            int objectives = api().get("/api/v1/objectives?scorecardId=" + scorecard).json("$.total");
            int kpis = api().get("/api/v1/kpis?scorecardId=" + scorecard).json("$.total");
            assertThat(objectives).isBetween(10, 16);
            assertThat(kpis).isGreaterThanOrEqualTo(12);
        }
        int all = api().get("/api/v1/kpis?unitId=1").json("$.total");
        assertThat(all).isBetween(12, 20);
    }

    @Test
    default void alignsTheDivisionsObjectivesToTheGroupsAndLinksCauseToEffect() {
        List<Integer> groupObjectives = api().get("/api/v1/objectives?scorecardId=1").json("$.items[*].id");
        List<Integer> aligned = api().get("/api/v1/objectives?scorecardId=2&size=100").json("$.items[*].alignedToId");
        assertThat(aligned.stream().filter(java.util.Objects::nonNull).toList()).isNotEmpty()
                .allSatisfy(id -> assertThat(groupObjectives).contains(id));
        List<List<Integer>> links = api().get("/api/v1/objectives?scorecardId=1").json("$.items[*].drivenBy");
        assertThat(links.stream().mapToInt(List::size).sum()).isGreaterThanOrEqualTo(8);
    }

    @Test
    default void recordsThirtySixMonthsOfValuesEndingAtTheLastFullMonth() {
        long rev = ((Number) api().get("/api/v1/kpis?scorecardId=1&size=100").<List<Object>>json("$.items[?(@.code == 'REV')].id").get(0)).longValue();
        Api.Answer values = api().get("/api/v1/actuals?kpiId=" + rev + "&size=100");
        List<String> periods = values.json("$.items[*].period");
        assertThat(periods).hasSize(36).startsWith("2023-11").endsWith("2026-10");
        Api.Answer quarterly = api().get("/api/v1/actuals?kpiId="
                + api().get("/api/v1/kpis?scorecardId=1&size=100").<List<Object>>json("$.items[?(@.code == 'ROI')].id").get(0));
        assertThat(quarterly.<List<String>>json("$.items[*].period")).hasSize(11).startsWith("2024-Q1").endsWith("2026-Q3");
    }

    @Test
    default void leavesFormulaKpisWithoutEnteredValuesAndOneKpiWithGaps() {
        Api.Answer kpis = api().get("/api/v1/kpis?size=500");
        List<Object> formulaIds = kpis.json("$.items[?(@.formula != null)].id");
        assertThat(formulaIds).hasSizeGreaterThanOrEqualTo(3);
        for (Object id : formulaIds) {
            assertThat(api().get("/api/v1/actuals?kpiId=" + id).<Integer>json("$.total")).isZero();
        }
        Object gappy = kpis.<List<Object>>json("$.items[?(@.code == 'S_IDEAS')].id").get(0);
        List<String> periods = api().get("/api/v1/actuals?kpiId=" + gappy + "&size=100").json("$.items[*].period");
        assertThat(periods).hasSizeLessThan(36).doesNotContain("2026-10");
    }

    @Test
    default void coversEveryPerspectiveWithCodesUniqueInTheOrganisation() {
        Api.Answer kpis = api().get("/api/v1/kpis?size=500");
        List<String> codes = kpis.json("$.items[*].code");
        Set<String> lower = new HashSet<>();
        codes.forEach(c -> assertThat(lower.add(c.toLowerCase())).as(c).isTrue());
        assertThat(codes).contains("REV", "GM", "ROI", "CSAT", "RETENTION", "NPS", "M_CYCLE", "M_DEFECT_RATE",
                "TRAIN_HRS", "TURNOVER", "IDEAS", "S_RESPONSE", "PROC_EFF");
        assertThat(kpis.<List<String>>json("$.items[*].frequency")).contains("monthly", "quarterly");
        assertThat(api().get("/api/v1/targets?size=1").<Integer>json("$.total")).isGreaterThan(400);
    }
}
