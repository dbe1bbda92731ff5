package dev.fourfold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code evaluate} command's budget, stretch target, prior year and variances per KPI. */
class EvaluateComparisonsTests {

    @TempDir
    Path folder;

    @Test
    void printsTheBudgetStretchTargetPriorYearAndVariancesOfEachKpi() throws Exception {
        Path file = folder.resolve("planned.yaml");
        Files.writeString(file, """
                version: 1
                scorecard:
                  name: Planned
                perspectives:
                  - name: Financial
                    objectives:
                      - code: F1
                        name: Grow revenue
                        kpis:
                          - code: REV
                            name: Revenue
                            target: 110
                            budgets: {2026-03: 100}
                            actuals: {2025-03: 95, 2026-03: 104.5}
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new EvaluateCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(file.toString(), "--period", "2026-03");
        assertThat(status).isZero();
        JsonNode rev = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8))
                .get("perspectives").get(0).get("objectives").get(0).get("kpis").get(0);
        assertThat(rev.get("budget").asDouble()).isEqualTo(100);
        assertThat(rev.get("budgetVariance").asDouble()).isEqualTo(4.5);
        assertThat(rev.get("budgetVariancePercent").asDouble()).isEqualTo(4.5);
        assertThat(rev.get("targetVariancePercent").asDouble()).isEqualTo(-5);
        assertThat(rev.get("priorYear").asDouble()).isEqualTo(95);
        assertThat(rev.get("priorYearVariancePercent").asDouble()).isEqualTo(10);
        assertThat(rev.get("stretch").isNull()).isTrue();
        assertThat(rev.get("stretchVariance").isNull()).isTrue();
    }
}
