package dev.fourfold.api;

import static dev.fourfold.api.ApiCases.assertProblem;
import static dev.fourfold.api.ApiCases.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Api;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the set-based write path of batches could get wrong: which values it creates, changes or leaves, the
 * revisions and change-log rows it writes for them, all-or-nothing on large batches, and concurrent batches.
 */
interface SetBasedWriteCases extends ApiCases {

    JdbcClient jdbc();

    @Test
    default void writesExactlyOneVersionAndTheChangeLogOfEachCreatedOrChangedValueAndNothingForUnchangedOnes() {
        String code = unique("K");
        long kpi = kpi(scorecardWithObjective().get("objective"), code, "");
        assertThat(post(kpi, "{\"period\": \"2026-01\", \"value\": 1}", "{\"period\": \"2026-02\", \"value\": 2}",
                "{\"period\": \"2026-04\", \"value\": 9}").<Integer>json("$.created")).isEqualTo(3);
        long deleted = id(kpi, "2026-04");
        assertThat(api().delete("/api/v1/actuals/" + deleted + "?version=0").status()).isEqualTo(204);

        Api.Answer mixed = post(kpi, "{\"period\": \"2026-01\", \"value\": 1.000}", "{\"period\": \"2026-02\", \"value\": 3}",
                "{\"period\": \"2026-03\", \"value\": 4, \"comment\": \"new\"}", "{\"period\": \"2026-04\", \"value\": 5}");

        assertThat(List.of(mixed.<Integer>json("$.created"), mixed.<Integer>json("$.updated"),
                mixed.<Integer>json("$.unchanged"))).containsExactly(2, 1, 1);
        assertThat(revisions(kpi)).containsExactly("2026-01 1 1", "2026-02 1 2", "2026-02 2 3", "2026-03 1 4",
                "2026-04 1 9", "2026-04 2 null", "2026-04 3 5");
        assertThat(jdbc().sql("select period || ' ' || revision || ' ' || version from actual_value where kpi_id = :k "
                + "order by period").param("k", kpi).query(String.class).list())
                .containsExactly("2026-01 1 0", "2026-02 2 1", "2026-03 1 0", "2026-04 3 0");
        assertThat(changes(id(kpi, "2026-01"))).containsExactlyInAnyOrder("create kpi null -> " + code,
                "create period null -> 2026-01", "create value null -> 1", "create state null -> approved");
        assertThat(changes(id(kpi, "2026-02"))).containsExactlyInAnyOrder("create kpi null -> " + code,
                "create period null -> 2026-02", "create value null -> 2", "create state null -> approved", "update value 2 -> 3");
        assertThat(changes(id(kpi, "2026-03"))).containsExactlyInAnyOrder("create kpi null -> " + code,
                "create period null -> 2026-03", "create value null -> 4", "create state null -> approved", "create comment null -> new");
        assertThat(changes(id(kpi, "2026-04"))).containsExactlyInAnyOrder("create kpi null -> " + code,
                "create period null -> 2026-04", "create value null -> 5", "create state null -> approved");
    }

    @Test
    default void keepsOneChangeLogRowPerValueAndListsItAsOneEntryPerFieldOnEveryPage() {
        String code = unique("K");
        long kpi = kpi(scorecardWithObjective().get("objective"), code, "");
        post(kpi, "{\"period\": \"2026-01\", \"value\": 1.50, \"comment\": \"tab\\t, colon: 12:x -\"}");
        long actual = id(kpi, "2026-01");
        post(kpi, "{\"period\": \"2026-01\", \"value\": 2, \"comment\": \"\", \"version\": 0}");

        assertThat(jdbc().sql("select count(*) from change_log where entity = 'actual' and entity_id = :id")
                .param("id", actual).query(Long.class).single()).isEqualTo(2);
        List<Map<String, Object>> all = api().get("/api/v1/changes?entity=actual&entityId=" + actual + "&size=100")
                .json("$.items");
        assertThat(all).extracting(e -> e.get("action") + " " + e.get("field") + " " + e.get("oldValue") + " -> "
                + e.get("newValue")).containsExactly("update comment tab\t, colon: 12:x - -> null",
                "update value 1.5 -> 2", "create comment null -> tab\t, colon: 12:x -", "create state null -> approved",
                "create value null -> 1.5", "create period null -> 2026-01", "create kpi null -> " + code);
        assertThat(all).extracting(e -> ((Number) e.get("id")).longValue()).doesNotHaveDuplicates()
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(api().get("/api/v1/changes?entity=actual&entityId=" + actual).<Integer>json("$.total")).isEqualTo(7);
        List<Object> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(api().get("/api/v1/changes?entity=actual&entityId=" + actual + "&size=3&page=" + page)
                    .<List<Object>>json("$.items"));
        }
        assertThat(paged).isEqualTo(all);
    }

    @Test
    default void writesNothingFromALargeBatchWithOneStaleVersionOrOneValueInALockedPeriod() {
        Map<String, Long> ids = scorecardWithObjective();
        long kpi = kpi(ids.get("objective"), unique("K"), "");
        assertThat(post(kpi, "{\"period\": \"2020-01\", \"value\": 1}").status()).isEqualTo(200);
        long logged = actualChanges();
        List<String> items = new ArrayList<>();
        YearMonth month = YearMonth.of(2030, 1);
        for (int i = 0; i < 2_000; i++) {
            items.add("{\"kpiId\": " + kpi + ", \"period\": \"" + month.plusMonths(i) + "\", \"value\": " + i + "}");
        }
        List<String> perKpi = new ArrayList<>(items);
        perKpi.add("{\"kpiId\": " + kpi + ", \"period\": \"2020-01\", \"value\": 2, \"version\": 7}");

        Api.Answer stale = api().post("/api/v1/actuals/batch", "{\"items\": [" + String.join(", ", perKpi) + "]}");
        assertProblem(stale, 400);
        assertThat(ApiCases.fields(stale)).containsExactly("items[2000].version");
        assertThat(api().post("/api/v1/scorecards/" + ids.get("scorecard") + "/locks", "{\"period\": \"2040\"}").status())
                .isEqualTo(201);
        assertProblem(api().post("/api/v1/actuals/batch", "{\"items\": [" + String.join(", ", items)
                + "]}"), 409);

        assertThat(jdbc().sql("select count(*) from actual_value where kpi_id = :k").param("k", kpi).query(Long.class)
                .single()).isEqualTo(1);
        assertThat(jdbc().sql("select count(*) from actual_history where kpi_id = :k").param("k", kpi).query(Long.class)
                .single()).isEqualTo(1);
        assertThat(actualChanges()).isEqualTo(logged);
    }

    @Test
    default void neverLosesAnUpdateWhenBatchesChangeTheSameValuesAtOnce() throws Exception {
        long kpi = kpi(scorecardWithObjective().get("objective"), unique("K"), "");
        List<String> first = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            first.add("{\"period\": \"2026-" + String.format("%02d", m) + "\", \"value\": 0}");
        }
        assertThat(post(kpi, first.toArray(String[]::new)).status()).isEqualTo(200);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Integer>> writers = new ArrayList<>();
        for (int w = 1; w <= 3; w++) {
            int writer = w;
            writers.add(pool.submit(() -> updates(kpi, writer)));
        }
        int succeeded = 0;
        for (Future<Integer> f : writers) {
            succeeded += f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(succeeded).isPositive();
        assertThat(jdbc().sql("select distinct version from actual_value where kpi_id = :k").param("k", kpi)
                .query(Long.class).list()).as("every successful batch changed every value once").containsExactly((long) succeeded);
        assertThat(jdbc().sql("select count(*) from actual_history where kpi_id = :k").param("k", kpi).query(Long.class)
                .single()).isEqualTo(12L * (succeeded + 1));
    }

    /** Changes all twelve values ten times, each time with the versions just read; returns how often that worked. */
    private int updates(long kpi, int writer) {
        int succeeded = 0;
        for (int round = 1; round <= 10; round++) {
            List<Map<String, Object>> stored = api().get("/api/v1/actuals?kpiId=" + kpi + "&size=20").json("$.items");
            List<String> items = new ArrayList<>();
            for (Map<String, Object> value : stored) {
                items.add("{\"kpiId\": " + kpi + ", \"period\": \"" + value.get("period") + "\", \"value\": "
                        + (writer * 1000 + round) + ", \"version\": " + value.get("version") + "}");
            }
            Api.Answer answer = api().post("/api/v1/actuals/batch", "{\"items\": [" + String.join(", ", items) + "]}");
            if (answer.status() == 200) {
                assertThat(answer.<Integer>json("$.updated")).isEqualTo(12);
                succeeded++;
            } else {
                assertThat(answer.status()).as(answer.body()).isIn(400, 409);
                assertThat(answer.body()).containsAnyOf("is stale", "changed");
            }
        }
        return succeeded;
    }

    private Api.Answer post(long kpi, String... items) {
        List<String> withKpi = new ArrayList<>();
        for (String item : items) {
            withKpi.add(item.replace("{", "{\"kpiId\": " + kpi + ", "));
        }
        return api().post("/api/v1/actuals/batch", "{\"items\": [" + String.join(", ", withKpi) + "]}");
    }

    private long actualChanges() {
        return jdbc().sql("select count(*) from change_log where entity = 'actual'").query(Long.class).single();
    }

    private long id(long kpi, String period) {
        return jdbc().sql("select id from actual_value where kpi_id = :k and period = :p").param("k", kpi)
                .param("p", period).query(Long.class).single();
    }

    private List<String> revisions(long kpi) {
        return jdbc().sql("select period, revision, amount from actual_history where kpi_id = :k order by period, revision")
                .param("k", kpi).query((rs, n) -> rs.getString(1) + " " + rs.getInt(2) + " "
                        + (rs.getBigDecimal(3) == null ? "null" : rs.getBigDecimal(3).stripTrailingZeros().toPlainString()))
                .list();
    }

    /** The change-log entries of a value as the change-log API lists them. */
    private List<String> changes(long actual) {
        List<Map<String, Object>> entries = api().get("/api/v1/changes?entity=actual&entityId=" + actual + "&size=100")
                .json("$.items");
        return entries.stream().map(e -> e.get("action") + " " + e.get("field")
                + (e.get("oldValue") == null && e.get("newValue") == null ? "" : " " + e.get("oldValue") + " -> "
                + e.get("newValue"))).toList();
    }
}
