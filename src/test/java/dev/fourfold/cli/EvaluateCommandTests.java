package dev.fourfold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code evaluate} command in process: the JSON it prints, and its errors and exit status. */
class EvaluateCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new EvaluateCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheSpecNumbersForAcme() {
        assertThat(run("examples/acme.yaml", "--period", "2026-03")).isZero();

        JsonNode json = JsonMapper.builder().build().readTree(stdout());
        assertThat(stderr()).isEmpty();
        assertThat(json.get("period").asString()).isEqualTo("2026-03");
        assertThat(json.get("view").asString()).isEqualTo("period");
        assertThat(stdout()).contains("\"score\": 72.67543859649123", "\"score\": 93.02631578947368",
                "\"actual\": 36.8421052631579", "\"score\": 92.10526315789474", "\"score\": 95,", "\"score\": 90,",
                "\"score\": 75,", "\"score\": 50,", "\"reason\": \"2026-03 is shorter than the KPI's quarterly frequency\"");
        JsonNode nps = json.get("perspectives").get(1).get("objectives").get(0).get("kpis").get(0);
        assertThat(nps.get("score").isNull()).isTrue();
        assertThat(nps.get("status").asString()).isEqualTo("none");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: objective {1} {2}")
    @org.junit.jupiter.params.provider.CsvSource({
        "2026-03, 99.45, amber, 2860, 2055, 93",
        "2026-Q1, 98.64, amber, 3470, 2535, 90.67",
        "2026-W14, 96.93, amber, 650, 505, ",
        "2026-03-15, 40, red, 40, , "})
    void evaluatesTheServiceDeskAtAMonthAQuarterAWeekAndADayAsTheReadmePromises(String period, double objective,
            String status, Double calls, Double tickets, Double csat) {
        assertThat(run("examples/service-desk.yaml", "--period", period)).isZero();

        JsonNode o = JsonMapper.builder().build().readTree(stdout()).get("perspectives").get(0).get("objectives").get(0);
        assertThat(o.get("score").asDouble()).isCloseTo(objective, org.assertj.core.data.Offset.offset(0.005));
        assertThat(o.get("status").asString()).isEqualTo(status);
        JsonNode kpis = o.get("kpis");
        Double[] expected = {calls, tickets, csat};
        for (int k = 0; k < 3; k++) {
            JsonNode actual = kpis.get(k).get("actual");
            if (expected[k] == null) {
                assertThat(actual.isNull()).as(kpis.get(k).get("code").asString()).isTrue();
                assertThat(kpis.get(k).get("reason").asString()).contains("is shorter than the KPI's");
            } else {
                assertThat(actual.asDouble()).isCloseTo(expected[k], org.assertj.core.data.Offset.offset(0.005));
            }
        }
    }

    @Test
    void addsForecastsAndTargetProbabilitiesAndNeverPrintsExponents() throws Exception {
        assertThat(run("examples/city-hospital.yaml", "--period=2026-03", "--view", "ytd", "--forecast", "3")).isZero();

        JsonNode los = JsonMapper.builder().build().readTree(stdout()).get("perspectives").get(2)
                .get("objectives").get(0).get("kpis").get(1);
        assertThat(los.get("code").asString()).isEqualTo("LOS");
        assertThat(los.get("forecast")).hasSize(3);
        assertThat(los.get("forecast").get(0).get("period").asString()).isEqualTo("2026-04");
        assertThat(los.get("targetProbability").asDouble()).isBetween(0.0, 1.0);
        assertThat(stdout()).doesNotContainPattern("[0-9][eE][-+]?[0-9]");
        assertThat(Files.readString(Path.of("examples/city-hospital.yaml"))).contains("formula:", "quarterly");
    }

    @Test
    void reportsEveryProblemOfABadFileWithLineAndColumnAndPrintsNoJson(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "version: 1\nscorecard:\n  name: X\n  scael: percent\n  method: nope\n");

        assertThat(run(bad.toString(), "--period", "2026-03")).isEqualTo(2);

        assertThat(stdout()).isEmpty();
        assertThat(stderr().lines()).containsExactly(
                bad + ":4:3: unknown key 'scael' in the scorecard; did you mean 'scale'?; allowed keys: name, unit, "
                        + "parentUnit, vision, fiscalYearStart, scale, method, bands, cap, missing, rollup",
                bad + ":5:11: 'method' in the scorecard: 'nope' is not a scoring method; expected one of: ratio, "
                        + "progress, minmax, band, binary, goal-redflag");
    }

    @Test
    void rejectsABadPeriodViewOrForecastAndAMissingFile() {
        assertThat(run("examples/acme.yaml", "--period", "2026-3")).isEqualTo(2);
        assertThat(run("examples/acme.yaml", "--period", "2026-03", "--view", "month")).isEqualTo(2);
        assertThat(run("examples/acme.yaml", "--period", "2026-03", "--forecast", "x")).isEqualTo(2);
        assertThat(run("examples/acme.yaml")).isEqualTo(2);
        assertThat(run("nowhere.yaml", "--period", "2026-03")).isEqualTo(2);

        assertThat(stdout()).isEmpty();
        assertThat(stderr()).contains("'2026-3' is not a period", "'month' is not a view", "--forecast takes",
                "--period is required", "nowhere.yaml: no such file");
    }
}
