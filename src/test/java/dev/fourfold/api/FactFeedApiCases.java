package dev.fourfold.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.fourfold.support.Api;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** The BI feed: facts equal to the evaluation's, paged without gaps, pulled incrementally, as JSON and CSV. */
interface FactFeedApiCases extends ApiCases {

    MockMvc mvc();

    /** Moves the server's clock on. */
    void advance(Duration by);

    static List<Map<String, Object>> items(Api.Answer page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json("$.items");
    }

    static String key(Map<String, Object> fact) {
        return fact.get("scorecardId") + "/" + fact.get("kpiCode") + "/" + fact.get("period") + "/" + fact.get("view");
    }

    @Test
    default void answersForEachFactWhatTheEvaluationApiAnswers() {
        long scorecard = ((Number) api().get("/api/v1/scorecards").json("$.items[0].id")).longValue();
        List<Map<String, Object>> facts = items(api().get("/api/v1/facts?scorecardId=" + scorecard
                + "&from=2026-Q3&to=2026-Q3&size=5000"));
        assertThat(facts).isNotEmpty();
        assertThat(facts).anyMatch(f -> f.get("score") != null);
        Map<String, List<Map<String, Object>>> byEvaluation = facts.stream().collect(Collectors.groupingBy(
                f -> "period=" + f.get("period") + "&view=" + f.get("view"), LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<Map<String, Object>>> e : byEvaluation.entrySet()) {
            List<Map<String, Object>> kpis = api().get("/api/v1/scorecards/" + scorecard + "/evaluation?" + e.getKey())
                    .json("$.perspectives[*].objectives[*].kpis[*]");
            Map<Object, Map<String, Object>> byId = kpis.stream().collect(Collectors.toMap(k -> k.get("id"), k -> k));
            for (Map<String, Object> fact : e.getValue()) {
                Map<String, Object> kpi = byId.get(fact.get("kpiId"));
                assertThat(kpi).as(key(fact)).isNotNull();
                for (String field : List.of("actual", "target", "score", "status", "completeness", "reason")) {
                    assertThat(fact.get(field)).as(key(fact) + " " + field).isEqualTo(kpi.get(field));
                }
                assertThat(fact.get("kpiCode")).isEqualTo(kpi.get("code"));
            }
        }
    }

    @Test
    default void pagesThroughEveryFactOnceInAFixedOrder() {
        long scorecard = ((Number) api().get("/api/v1/scorecards").json("$.items[0].id")).longValue();
        String query = "/api/v1/facts?scorecardId=" + scorecard + "&from=2026-07&to=2026-09";
        Api.Answer whole = api().get(query + "&size=5000");
        List<String> expected = items(whole).stream().map(FactFeedApiCases::key).toList();
        assertThat(whole.<Object>json("$.next")).isNull();

        List<String> paged = new ArrayList<>();
        Set<String> asOf = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Answer page = api().get(query + "&size=7" + (cursor == null ? "" : "&cursor=" + cursor));
            paged.addAll(items(page).stream().map(FactFeedApiCases::key).toList());
            asOf.add(page.json("$.asOf"));
            cursor = page.json("$.nextCursor");
            if (cursor != null) {
                assertThat(page.<String>json("$.next")).startsWith(query + "&size=7").endsWith("&cursor=" + cursor);
            }
            pages++;
        } while (cursor != null && pages < 1_000);

        assertThat(paged).containsExactlyElementsOf(expected);
        assertThat(pages).isGreaterThan(1);
        assertThat(asOf).hasSize(1);
    }

    @Test
    default void returnsOnlyTheFactsWhoseInputsChangedSinceThePreviousPull() {
        Map<String, Long> card = scorecardWithObjective();
        String a = ApiCases.unique("FA");
        String b = ApiCases.unique("FB");
        String c = ApiCases.unique("FC");
        kpi(card.get("objective"), a, "\"target\": 100");
        kpi(card.get("objective"), b, "\"formula\": \"" + a + " * 2\"");
        kpi(card.get("objective"), c, "\"target\": 50");
        assertThat(api().post("/api/v1/actuals/batch", "{\"items\": [" + String.join(", ",
                value(a, "2026-01", "90"), value(a, "2026-02", "95"), value(a, "2026-03", "101"),
                value(c, "2026-01", "40"), value(c, "2026-02", "55")) + "]}").status()).isEqualTo(200);
        String query = "/api/v1/facts?scorecardId=" + card.get("scorecard") + "&from=2026-01&to=2026-06";
        Api.Answer first = api().get(query);
        assertThat(items(first)).hasSize(3 * 6 * 3);
        String asOf = first.json("$.asOf");

        advance(Duration.ofMinutes(1));
        assertThat(api().post("/api/v1/actuals/batch", "{\"items\": [" + value(a, "2026-02", "120") + "]}").status())
                .isEqualTo(200);
        Api.Answer changed = api().get(query + "&changedSince=" + asOf);

        Set<String> expected = new HashSet<>();
        for (String code : List.of(a, b)) {
            expected.add(code + "/2026-02/period");
            for (int month = 1; month <= 6; month++) {
                expected.add(code + "/2026-0" + month + "/year");
                if (month >= 2) {
                    expected.add(code + "/2026-0" + month + "/ytd");
                }
            }
        }
        List<Map<String, Object>> facts = items(changed);
        assertThat(facts).extracting(f -> f.get("kpiCode") + "/" + f.get("period") + "/" + f.get("view"))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(facts).extracting(f -> f.get("updatedAt"))
                .containsOnly(Instant.parse(asOf).plus(Duration.ofMinutes(1)).toString());
        Map<String, Object> february = facts.stream().filter(f -> f.get("kpiCode").equals(b)
                && f.get("period").equals("2026-02") && f.get("view").equals("period")).findFirst().orElseThrow();
        assertThat(((Number) february.get("actual")).doubleValue()).isEqualTo(240);
        assertThat(items(api().get(query + "&changedSince=" + changed.json("$.asOf")))).isEmpty();
    }

    private static String value(String code, String period, String value) {
        return "{\"kpiCode\": \"" + code + "\", \"period\": \"" + period + "\", \"value\": " + value + "}";
    }

    @Test
    default void servesCsvWithAHeaderExactDecimalsAndEscapedFormulas() throws Exception {
        Map<String, Long> card = scorecardWithObjective();
        String code = ApiCases.unique("CSV");
        ApiCases.created(api().post("/api/v1/kpis", "{\"objectiveId\": " + card.get("objective") + ", \"code\": \""
                + code + "\", \"name\": \"=1+2\", \"target\": 10}"));
        assertThat(api().post("/api/v1/actuals/batch", "{\"items\": ["
                + value(code, "2026-01", "0.1") + ", " + value(code, "2026-02", "123456789012345678") + "]}").status()).isEqualTo(200);
        String query = "/api/v1/facts?scorecardId=" + card.get("scorecard") + "&from=2026-01&to=2026-02&view=period";

        MockHttpServletResponse byAccept = mvc().perform(get(query).accept("text/csv").with(user("admin")
                .authorities(new SimpleGrantedAuthority("SCOPE_read")))).andReturn().getResponse();
        Api.Answer byFormat = api().get(query + "&format=csv");

        assertThat(byAccept.getStatus()).isEqualTo(200);
        assertThat(byAccept.getContentType()).startsWith("text/csv");
        String csv = byAccept.getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo(byFormat.body());
        String[] lines = csv.replace("\ufeff", "").split("\r\n");
        assertThat(lines[0]).isEqualTo("unit_id,unit,scorecard_id,scorecard,perspective,objective_code,objective,"
                + "kpi_id,kpi_code,kpi,kpi_unit,period,period_start,period_end,view,actual,target,score,status,"
                + "completeness,reason,updated_at");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).contains("," + code + ",'=1+2,,2026-01,2026-01-01,2026-01-31,period,0.1,10,")
                .contains(",red,1,,");
        assertThat(lines[2]).contains(",2026-02,2026-02-01,2026-02-28,period,123456789012345680,10,"
                + "1234567890123456770,green,1,,").doesNotContainPattern("\\d[eE][+-]?\\d");
    }

    @Test
    default void refusesBadParametersNamingEach() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("from=2026-13", "from");
        bad.put("from=2026-06&to=2026-01", "from");
        bad.put("from=2000&to=2026", "from");
        bad.put("to=soon", "to");
        bad.put("view=weekly", "view");
        bad.put("changedSince=yesterday", "changedSince");
        bad.put("changedSince=2026-11-15", "changedSince");
        bad.put("size=0", "size");
        bad.put("size=5001", "size");
        bad.put("cursor=not-a-cursor", "cursor");
        bad.put("format=xml", "format");
        bad.forEach((query, field) -> {
            Api.Answer answer = api().get("/api/v1/facts?" + query);
            ApiCases.assertProblem(answer, 400);
            assertThat(ApiCases.fields(answer)).as(query).contains(field);
        });
        ApiCases.assertProblem(api().get("/api/v1/facts?size=many"), 400);
        assertThat(items(api().get("/api/v1/facts?scorecardId=987654321"))).isEmpty();
        assertThat(items(api().get("/api/v1/facts?unitId=987654321"))).isEmpty();
    }

    @Test
    default void showsAReaderOnlyTheScorecardsTheyMayRead() {
        List<Number> readable = api().as("steward").get("/api/v1/scorecards?size=500").json("$.items[*].id");
        List<Number> all = api().get("/api/v1/scorecards?size=500").json("$.items[*].id");
        Set<Long> hidden = all.stream().map(Number::longValue).collect(Collectors.toSet());
        hidden.removeAll(readable.stream().map(Number::longValue).toList());
        assertThat(hidden).isNotEmpty();

        List<Number> seen = api().as("steward").get("/api/v1/facts?from=2026-10&to=2026-10&view=period&size=5000")
                .json("$.items[*].scorecardId");

        assertThat(seen).isNotEmpty();
        assertThat(seen.stream().map(Number::longValue).collect(Collectors.toSet())).doesNotContainAnyElementsOf(hidden);
        assertThat(items(api().as("steward").get("/api/v1/facts?scorecardId=" + hidden.iterator().next()))).isEmpty();
    }

    @Test
    default void answersTheReadmeExampleOfTheServicesRevenueInOctober() {
        String csv = api().get("/api/v1/facts?scorecardId=3&from=2026-10&to=2026-10&view=period&format=csv").body();
        String row = csv.lines().filter(line -> line.contains(",S_REV,")).findFirst().orElseThrow();
        assertThat(row.substring(0, row.lastIndexOf(',') + 1)).isEqualTo("3,Northwind Services,3,Services scorecard,"
                + "Financial,SF1,Grow services revenue,30,S_REV,Services revenue,kUSD,2026-10,2026-10-01,2026-10-31,"
                + "period,1529.2,1628.9,93.8793050524894,amber,1,,");
    }
}
