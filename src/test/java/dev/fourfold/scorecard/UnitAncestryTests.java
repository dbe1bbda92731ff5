package dev.fourfold.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ChangeSource;
import dev.fourfold.support.Api;
import dev.fourfold.support.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The unit ancestry in the database: each change of the tree writes only its own rows, so that imports of unrelated
 * scorecards, each creating its units, run at the same time (H2 here, PostgreSQL in a subclass).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class UnitAncestryTests {

    private static final Actor ADMIN = Actor.user("admin", ChangeSource.API);
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    UnitService units;

    @Autowired
    JdbcClient jdbc;

    @Test
    void keepsEveryUnitWithItselfAndEachUnitAboveItThroughCreateMoveAndDelete() {
        String n = "Tree " + NAMES.incrementAndGet();
        OrgUnit top = units.create(null, n + " top", ADMIN);
        OrgUnit left = units.create(top.id(), n + " left", ADMIN);
        OrgUnit leaf = units.create(left.id(), n + " leaf", ADMIN);
        OrgUnit right = units.create(top.id(), n + " right", ADMIN);
        assertThat(ancestry()).isEqualTo(walkedFromParents());
        assertThat(above(leaf.id())).containsExactlyInAnyOrder(leaf.id(), left.id(), top.id());

        units.update(left.id(), right.id(), left.name(), left.version(), ADMIN);
        assertThat(above(leaf.id())).containsExactlyInAnyOrder(leaf.id(), left.id(), right.id(), top.id());
        OrgUnit moved = units.get(left.id());
        units.update(left.id(), null, moved.name(), moved.version(), ADMIN);
        assertThat(above(leaf.id())).containsExactlyInAnyOrder(leaf.id(), left.id());
        assertThat(ancestry()).isEqualTo(walkedFromParents());

        units.delete(leaf.id(), null, ADMIN);
        assertThat(above(leaf.id())).isEmpty();
        assertThat(ancestry()).isEqualTo(walkedFromParents());
    }

    @Test
    void importsTwoUnrelatedScorecardsWithNewUnitsAtTheSameTime() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String parent = round % 2 == 0 ? "null" : "Northwind Group";
                List<String> files = List.of(acme("CA" + round, parent), acme("CB" + round, parent));
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Api.Answer>> answers = files.stream().map(file -> pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return importYaml(file);
                })).toList();
                for (Future<Api.Answer> answer : answers) {
                    Api.Answer a = answer.get(120, TimeUnit.SECONDS);
                    assertThat(a.status()).as("round %d: %s", round, a.body()).isEqualTo(200);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(ancestry()).isEqualTo(walkedFromParents());
    }

    /** The Acme example under its own scorecard, unit and KPI codes, below the given parent unit. */
    private static String acme(String prefix, String parentUnit) throws Exception {
        String text = Files.readString(Path.of("examples/acme.yaml"));
        for (String code : List.of("REV", "COGS", "MARGIN", "NPS", "CYCLE", "TRAIN")) {
            text = text.replaceAll("\\b" + code + "\\b", prefix + code);
        }
        return text.replace("name: Acme Corporation", "name: Acme " + prefix)
                .replace("unit: Acme ", "unit: Acme " + prefix + " ")
                .replace("parentUnit: null", "parentUnit: " + parentUnit);
    }

    private Api.Answer importYaml(String text) {
        return new Api(mvc).send(post("/api/v1/scorecards/import").contentType("application/yaml").content(text)
                .accept(MediaType.APPLICATION_JSON));
    }

    private Set<Long> above(long unit) {
        return new HashSet<>(jdbc.sql("select ancestor_id from org_unit_ancestor where unit_id = :u").param("u", unit)
                .query(Long.class).list());
    }

    private Map<Long, Set<Long>> ancestry() {
        Map<Long, Set<Long>> rows = new HashMap<>();
        jdbc.sql("select unit_id, ancestor_id from org_unit_ancestor").query(rs -> {
            rows.computeIfAbsent(rs.getLong(1), u -> new HashSet<>()).add(rs.getLong(2));
        });
        return rows;
    }

    /** What the ancestry must hold, walked from each unit's parent column. */
    private Map<Long, Set<Long>> walkedFromParents() {
        Map<Long, Long> parents = new HashMap<>();
        jdbc.sql("select id, parent_id from org_unit").query(rs -> {
            parents.put(rs.getLong(1), (Long) rs.getObject(2, Long.class));
        });
        Map<Long, Set<Long>> expected = new HashMap<>();
        parents.keySet().forEach(unit -> {
            Set<Long> above = new HashSet<>();
            for (Long at = unit; at != null && above.add(at); ) {
                at = parents.get(at);
            }
            expected.put(unit, above);
        });
        return expected;
    }
}
