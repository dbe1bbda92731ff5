package dev.fourfold.api;

import static dev.fourfold.api.ApiCases.assertProblem;
import static dev.fourfold.api.ApiCases.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Api;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Period locks: what a lock freezes, what it refuses, and that locking and writing never interleave. */
interface PeriodLockApiCases extends ApiCases {

    /** The database, for changes that no API call may make to a locked period. */
    JdbcClient jdbc();

    /** Races in the lock-versus-batch test; enough for both orders and real overlaps to occur on two cores. */
    int RACES = 30;

    @Test
    default void neverLetsABatchWriteIntoAYearLockedWhileItRan() throws Exception {
        Map<String, Long> card = scorecardWithObjective();
        long scorecard = card.get("scorecard");
        List<String> codes = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            String code = unique("RACE");
            kpi(card.get("objective"), code, "\"aggregation\": \"sum\", \"target\": 1");
            codes.add(code);
        }
        int fiscalStart = api().get("/api/v1/organisation").<Integer>json("$.fiscalYearStart");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Map<String, Integer> outcomes = new java.util.TreeMap<>();
        try {
            for (int race = 0; race < RACES; race++) {
                int year = 2040 + race;
                BigDecimal value = BigDecimal.valueOf(race + 1);
                String batch = yearBatch(codes, year, fiscalStart, value);
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Api.Answer> written = pool.submit(() -> after(start, () -> api().post("/api/v1/actuals/batch", batch)));
                int reads = race % 3;
                Future<Api.Answer> locked = pool.submit(() -> after(start, () -> {
                    // a few reads first on some races, so that the lock also arrives while the batch is writing
                    for (int r = 0; r < reads; r++) {
                        api().get("/api/v1/scorecards/" + scorecard + "/evaluation?period=" + year);
                    }
                    return api().post("/api/v1/scorecards/" + scorecard + "/locks", "{\"period\": \"" + year + "\"}");
                }));
                Api.Answer write = written.get(60, TimeUnit.SECONDS);
                Api.Answer lock = locked.get(60, TimeUnit.SECONDS);

                int stored = api().get("/api/v1/actuals?scorecardId=" + scorecard + "&from=" + year + "&to=" + year)
                        .<Integer>json("$.total");
                String what = "race " + race + ": batch " + write.status() + " " + write.body() + "; lock " + lock.status()
                        + " " + lock.body();
                assertThat(write.status()).as(what).isIn(200, 409);
                assertThat(lock.status()).as(what).isIn(201, 409);
                assertThat(stored).as("all or nothing; " + what).isIn(0, 12 * codes.size());
                assertThat(stored > 0).as(what).isEqualTo(write.status() == 200);
                outcomes.merge("batch " + write.status() + ", lock " + lock.status(), 1, Integer::sum);
                if (lock.status() != 201) {
                    assertThat(write.status()).as("only a running batch makes locking wait; " + what).isEqualTo(200);
                    continue;
                }
                Api.Answer frozen = api().get("/api/v1/scorecards/" + scorecard + "/evaluation?period=" + year);
                assertThat(frozen.<String>json("$.lock.period")).isEqualTo(String.valueOf(year));
                assertThat(frozen.<List<String>>json("$.changedSinceLock"))
                        .as("a value written after the lock changes the locked year; " + what).isEmpty();
                List<Object> actuals = frozen.json("$.perspectives[*].objectives[*].kpis[*].actual");
                if (write.status() == 200) {
                    assertThat(actuals).as("the snapshot holds the batch that came first; " + what)
                            .allSatisfy(a -> assertThat(new BigDecimal(a.toString())).isEqualByComparingTo(value.multiply(BigDecimal.valueOf(12))));
                } else {
                    assertThat(write.<String>json("$.detail")).as(what).contains(String.valueOf(year), "locked");
                    assertThat(actuals).as(what).containsOnlyNulls();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes.keySet()).as("outcomes of " + RACES + " races: " + outcomes).anyMatch(o -> o.endsWith("lock 201"));
    }

    @Test
    default void keepsEveryViewInsideALockedPeriodAndShowsViewsReachingPastItLive() {
        Map<String, Long> card = scorecardWithObjective();
        long scorecard = card.get("scorecard");
        String scored = unique("LOCKA");
        String untargeted = unique("LOCKB");
        String binary = unique("LOCKC");
        long scoredId = kpi(card.get("objective"), scored, "\"aggregation\": \"sum\", \"target\": 10");
        long untargetedId = kpi(card.get("objective"), untargeted, "\"aggregation\": \"sum\"");
        long binaryId = kpi(card.get("objective"), binary, "\"aggregation\": \"sum\", \"method\": \"binary\", \"target\": 1");
        int fiscalStart = api().get("/api/v1/organisation").<Integer>json("$.fiscalYearStart");
        int year = 2031;
        YearMonth first = YearMonth.of(year, fiscalStart);
        StringBuilder items = new StringBuilder();
        for (String code : List.of(scored, untargeted, binary)) {
            for (int m = 0; m < 18; m++) {
                items.append(items.isEmpty() ? "" : ",").append("{\"kpiCode\": \"%s\", \"period\": \"%s\", \"value\": %d}"
                        .formatted(code, first.plusMonths(m), 5 + m));
            }
        }
        assertThat(api().post("/api/v1/actuals/batch", "{\"items\": [" + items + "]}").status()).isEqualTo(200);
        String next = String.valueOf(year + 1);
        List<String> insideYear = List.of(year + "", year + "-Q1", year + "-Q4", first.toString(), first.plusMonths(11).toString());
        List<String> views = List.of("period", "ytd", "year");
        assertThat(api().post("/api/v1/scorecards/" + scorecard + "/locks", "{\"period\": \"" + year + "\"}").status()).isEqualTo(201);
        assertThat(api().post("/api/v1/scorecards/" + scorecard + "/locks", "{\"period\": \"" + next + "-Q1\"}").status()).isEqualTo(201);
        Map<String, Api.Answer> atLock = new java.util.LinkedHashMap<>();
        for (String period : insideYear) {
            for (String view : views) {
                atLock.put(period + "&view=" + view, api().get("/api/v1/scorecards/" + scorecard + "/evaluation?period=" + period + "&view=" + view));
            }
        }

        // changes no API call may make to a locked period: a new default target, changed values, a target that leaves a binary score as it was
        jdbc().sql("update kpi set default_target = 20 where id = :id").param("id", scoredId).update();
        jdbc().sql("update actual_value set amount = amount + 1 where kpi_id = :id").param("id", untargetedId).update();
        jdbc().sql("update kpi set default_target = 2 where id = :id").param("id", binaryId).update();
        // changes made behind the application's back are seen once the scorecard's version is raised (README)
        jdbc().sql("update scorecard_version set version = version + 1 where scorecard_id = :id").param("id", scorecard)
                .update();

        atLock.forEach((query, before) -> {
            Api.Answer after = api().get("/api/v1/scorecards/" + scorecard + "/evaluation?period=" + query);
            assertThat(after.<String>json("$.lock.period")).as(query).isEqualTo(String.valueOf(year));
            assertThat(after.<String>json("$.lockNote")).as(query).startsWith("Frozen");
            assertThat(after.<List<String>>json("$.changedSinceLock")).as(query)
                    .containsExactlyInAnyOrder(scored, untargeted, binary);
            for (String field : List.of("score", "status", "actual", "target")) {
                assertThat(after.<List<Object>>json("$.perspectives[*].objectives[*].kpis[*]." + field))
                        .as(query + " " + field + " as when locked").isEqualTo(before.json("$.perspectives[*].objectives[*].kpis[*]." + field));
            }
        });
        String evaluation = "/api/v1/scorecards/" + scorecard + "/evaluation?period=" + next;
        assertThat(api().get(evaluation + "-Q1&view=ytd").<String>json("$.lock.period")).as("the first quarter's ytd is the quarter")
                .isEqualTo(next + "-Q1");
        for (String reachingPast : List.of("-Q1&view=year", "-Q2&view=ytd")) {
            Api.Answer live = api().get(evaluation + reachingPast);
            assertThat(live.<Object>json("$.lock")).as(reachingPast).isNull();
            assertThat(live.<String>json("$.lockNote")).as(reachingPast).startsWith("Live").contains(next + "-Q1");
        }
        assertThat(api().get(evaluation + "-Q1&view=year")
                .<List<Object>>json("$.perspectives[*].objectives[*].kpis[?(@.code == '" + scored + "')].target").toString())
                .as("today's full-year target").isEqualTo("[240]");
        assertThat(api().get(evaluation + "-Q3").<Object>json("$.lockNote")).as("a view that touches no lock").isNull();
        String page = "/scorecards/" + scorecard + "?period=" + next;
        assertThat(api().get(page + "-Q1").body()).contains("id=\"locked\"").doesNotContain("id=\"live-over-lock\"");
        assertThat(api().get(page + "-Q1&view=year").body()).contains("id=\"live-over-lock\"", "reaches past the locked " + next + "-Q1")
                .doesNotContain("id=\"locked\"");
    }

    @Test
    default void refusesEveryWriteIntoALockedYearNamingTheLock() {
        Map<String, Long> card = scorecardWithObjective();
        long scorecard = card.get("scorecard");
        String code = unique("LOCKED");
        long kpi = kpi(card.get("objective"), code, "\"aggregation\": \"sum\", \"target\": 10");
        String quarterly = unique("LOCKEDQ");
        kpi(card.get("objective"), quarterly, "\"frequency\": \"quarterly\", \"target\": 10");
        int fiscalStart = api().get("/api/v1/organisation").<Integer>json("$.fiscalYearStart");
        int year = 2032;
        YearMonth first = YearMonth.of(year, fiscalStart);
        String m1 = first.toString();
        long actual = ApiCases.created(api().post("/api/v1/actuals", item(code, m1, 5, "")));
        long pending = ApiCases.created(api().post("/api/v1/actuals", item(code, first.plusMonths(1).toString(), 6, ", \"state\": \"pending\"")));
        long target = ApiCases.created(api().post("/api/v1/targets", item(code, m1, 12, "")));
        assertThat(api().post("/api/v1/scorecards/" + scorecard + "/locks", "{\"period\": \"" + year + "\"}").status()).isEqualTo(201);
        String export = api().get("/api/v1/scorecards/" + scorecard + "/export").body();
        String counts = "/api/v1/%s?scorecardId=" + scorecard;
        int actuals = api().get(counts.formatted("actuals")).<Integer>json("$.total");
        int targets = api().get(counts.formatted("targets")).<Integer>json("$.total");
        long actualVersion = api().get("/api/v1/actuals/" + actual).version();
        long targetVersion = api().get("/api/v1/targets/" + target).version();
        String outside = first.plusMonths(12).toString();

        Map<String, Supplier<Api.Answer>> writes = new java.util.LinkedHashMap<>();
        writes.put("new value", () -> api().post("/api/v1/actuals", item(code, first.plusMonths(3).toString(), 7, "")));
        writes.put("changed value", () -> api().put("/api/v1/actuals/" + actual, "{\"value\": 8, \"version\": " + actualVersion + "}"));
        writes.put("value batch", () -> api().post("/api/v1/actuals/batch", "{\"items\": [" + item(code, outside, 1, "") + ", "
                + item(code, first.plusMonths(4).toString(), 1, "") + "]}"));
        writes.put("value of a quarter", () -> api().post("/api/v1/actuals", item(quarterly, year + "-Q2", 1, "")));
        writes.put("deleted value", () -> api().delete("/api/v1/actuals/" + actual + "?version=" + actualVersion));
        writes.put("approval", () -> api().post("/api/v1/actuals/" + pending + "/approve", "{}"));
        writes.put("rejection", () -> api().post("/api/v1/actuals/" + pending + "/reject", "{}"));
        writes.put("new target", () -> api().post("/api/v1/targets", item(code, first.plusMonths(5).toString(), 9, "")));
        writes.put("changed target", () -> api().put("/api/v1/targets/" + target,
                "{\"value\": 13, \"reason\": \"re-forecast\", \"version\": " + targetVersion + "}"));
        writes.put("target batch", () -> api().post("/api/v1/targets/batch", "{\"items\": [" + item(code, outside, 1, "") + ", "
                + item(code, first.plusMonths(6).toString(), 1, "") + "]}"));
        writes.put("deleted target", () -> api().delete("/api/v1/targets/" + target + "?version=" + targetVersion));
        writes.put("phased targets", () -> api().post("/api/v1/targets/phase",
                "{\"kpiId\": " + kpi + ", \"year\": \"" + year + "\", \"total\": 120}"));
        writes.put("imported value", () -> api().send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/scorecards/import").contentType("application/yaml")
                .content(export.replaceFirst(m1 + ": 5\\b", m1 + ": 55"))));
        writes.forEach((what, write) -> {
            Api.Answer refused = write.get();
            assertProblem(refused, 409);
            assertThat(refused.<String>json("$.detail")).as(what).contains("period " + year, "locked", "KPI ")
                    .containsAnyOf(code + " ", quarterly + " ");
        });

        assertThat(export).as("the import changes a value of the locked year").contains(m1 + ": 5");
        assertThat(api().get(counts.formatted("actuals")).<Integer>json("$.total")).isEqualTo(actuals);
        assertThat(api().get(counts.formatted("targets")).<Integer>json("$.total")).isEqualTo(targets);
        assertThat(api().get("/api/v1/actuals/" + actual).version()).isEqualTo(actualVersion);
        assertThat(api().get("/api/v1/actuals/" + pending).<String>json("$.state")).isEqualTo("pending");
        assertThat(api().get("/api/v1/targets/" + target).version()).isEqualTo(targetVersion);
        assertThat(api().post("/api/v1/actuals", item(code, outside, 1, "")).status()).as("after the locked year").isEqualTo(201);
    }

    private static String item(String code, String period, int value, String more) {
        return "{\"kpiCode\": \"" + code + "\", \"period\": \"" + period + "\", \"value\": " + value + more + "}";
    }

    private static Api.Answer after(CyclicBarrier start, Supplier<Api.Answer> call) throws Exception {
        start.await(30, TimeUnit.SECONDS);
        return call.get();
    }

    /** Every month of a fiscal year for every KPI, each with the same value. */
    private static String yearBatch(List<String> codes, int year, int fiscalStart, BigDecimal value) {
        StringBuilder items = new StringBuilder();
        YearMonth first = YearMonth.of(year, fiscalStart);
        for (String code : codes) {
            for (int m = 0; m < 12; m++) {
                items.append(items.isEmpty() ? "" : ",").append("{\"kpiCode\": \"").append(code).append("\", \"period\": \"")
                        .append(first.plusMonths(m)).append("\", \"value\": ").append(value).append('}');
            }
        }
        return "{\"items\": [" + items + "]}";
    }
}
