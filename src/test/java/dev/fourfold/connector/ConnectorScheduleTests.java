package dev.fourfold.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Connectors on their schedules, driven by a fixed clock rather than waiting: a slot runs when its cron time has
 * passed, once, even with two nodes (two schedulers with their own ShedLock executors sharing the database).
 */
class ConnectorScheduleTests extends ConnectorContext {

    /** The connectors are created at the test clock's 2026-11-15 09:00 UTC; the first 06:00 slot is the 16th's. */
    private static final Instant FIRST_SLOT = Instant.parse("2026-11-16T06:00:00Z");

    @Autowired
    ConnectorRepository repository;

    @Autowired
    Connectors connectors;

    @Autowired
    ConnectorProperties properties;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void onlyThisTestsConnectors() {
        jdbc.sql("update connector set active = false").update(); // only this test's connector is due
    }

    private ConnectorSchedule node() {
        return new ConnectorSchedule(repository, connectors,
                new DefaultLockingTaskExecutor(ConnectorConfiguration.locks(dataSource)), properties,
                Clock.fixed(FIRST_SLOT, ZoneOffset.UTC));
    }

    private List<ConnectorRun> runs(long id) {
        return repository.runs(id, 50);
    }

    @Test
    void runsASlotOnceItsTimeHasComeAndTheNextOneADayLater() {
        String kpi = newKpi();
        Erp.sql("insert into kpi_values values ('" + kpi + "', '2026-11', 88)");
        long id = create("Scheduled", "[]", "select kpi_code, period, value from kpi_values where kpi_code = '" + kpi
                + "'").id();
        ConnectorSchedule node = node();

        assertThat(node.runDue(FIRST_SLOT.minusSeconds(1))).as("before the slot").isEmpty();
        List<ConnectorRun> first = node.runDue(FIRST_SLOT.plusSeconds(30));
        assertThat(node.runDue(FIRST_SLOT.plusSeconds(90))).as("the same slot again").isEmpty();
        List<ConnectorRun> next = node.runDue(FIRST_SLOT.plusSeconds(86_400 + 5));

        assertThat(first).singleElement().satisfies(r -> {
            assertThat(r.status()).as(String.valueOf(r.error())).isEqualTo("ok");
            assertThat(r.trigger()).isEqualTo("schedule");
            assertThat(r.slot()).isEqualTo(FIRST_SLOT);
            assertThat(r.created()).isEqualTo(1);
        });
        assertThat(next).singleElement().satisfies(r -> assertThat(r.unchanged()).isEqualTo(1));
        assertThat(value(kpi, "2026-11")).isEqualByComparingTo("88");
        assertThat(source(kpi, "2026-11")).isEqualTo("connector");
        assertThat(runs(id)).hasSize(2);
    }

    @Test
    void runsASlotOnceWhenTwoNodesTickTogether() throws Exception {
        String kpi = newKpi();
        long id = create("Two nodes", query(kpi, "select 70 + extract(day from :periodEnd::date) / 100 "
                + "from (select pg_sleep(0.5)) s"), null).id();
        ConnectorSchedule one = node();
        ConnectorSchedule two = node();
        Instant now = FIRST_SLOT.plusSeconds(10);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<List<ConnectorRun>>> ticks = List.of(() -> one.runDue(now), () -> two.runDue(now));
            List<ConnectorRun> made = new ArrayList<>();
            for (Future<List<ConnectorRun>> f : pool.invokeAll(ticks)) {
                made.addAll(f.get());
            }
            made.addAll(one.runDue(now.plusSeconds(20)));
            made.addAll(two.runDue(now.plusSeconds(20)));

            assertThat(made).singleElement().satisfies(r -> assertThat(r.status()).as(r.error()).isEqualTo("ok"));
        } finally {
            pool.shutdown();
        }
        assertThat(runs(id)).hasSize(1);
        assertThat(value(kpi, "2026-11")).isEqualByComparingTo("70.30");
    }

    @Test
    void recordsTheErrorOfAFailedScheduledRunAndWritesNothing() {
        String kpi = newKpi();
        long id = create("Broken", query(kpi, "select amount from missing_table where :periodStart < :periodEnd"),
                null).id();

        List<ConnectorRun> made = node().runDue(FIRST_SLOT.plusSeconds(5));

        assertThat(made).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("failed");
            assertThat(r.error()).contains("queries[" + kpi + "].sql", "missing_table");
            assertThat(r.finishedAt()).isNotNull();
        });
        assertThat(value(kpi, "2026-11")).isNull();
        assertThat(runs(id)).hasSize(1);
    }

    @Test
    void skipsAnInactiveConnector() {
        long id = create("Idle", "[]", "select 'NONE', '2026-11', 1 where false").id();
        jdbc.sql("update connector set active = false where id = :id").param("id", id).update();

        assertThat(node().runDue(FIRST_SLOT.plusSeconds(5))).isEmpty();
    }
}
