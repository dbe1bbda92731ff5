package dev.fourfold.api;

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

/** Period locks: what a lock freezes, what it refuses, and that locking and writing never interleave. */
interface PeriodLockApiCases extends ApiCases {

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
