package dev.fourfold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The packaged jar's {@code evaluate} command as a user runs it: {@code java -jar target/fourfold.jar evaluate …}. */
class EvaluateCommandIT {

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/fourfold.jar", "evaluate"));
        command.addAll(List.of(args));
        File out = File.createTempFile("evaluate", ".out");
        File err = File.createTempFile("evaluate", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }

    @Test
    void printsTheAcmeNumbersOfTheSpecAsPureJson() throws Exception {
        Result result = run("examples/acme.yaml", "--period", "2026-03");

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode json = JsonMapper.builder().build().readTree(result.out());
        assertThat(json.get("scorecard").get("score").asDouble()).isEqualTo(72.67543859649123);
        JsonNode financial = json.get("perspectives").get(0);
        assertThat(financial.get("score").asDouble()).isEqualTo(93.02631578947368);
        JsonNode kpis = financial.get("objectives").get(0).get("kpis");
        assertThat(kpis.get(0).get("score").asString()).isEqualTo("95");
        assertThat(kpis.get(1).get("score").asString()).isEqualTo("90");
        assertThat(kpis.get(2).get("actual").asDouble()).isEqualTo(36.8421052631579);
        assertThat(kpis.get(2).get("score").asDouble()).isEqualTo(92.10526315789474);
        JsonNode nps = json.get("perspectives").get(1).get("objectives").get(0).get("kpis").get(0);
        assertThat(nps.get("status").asString()).isEqualTo("none");
        assertThat(nps.get("reason").asString()).isEqualTo("2026-03 is shorter than the KPI's quarterly frequency");
        assertThat(json.get("perspectives").get(2).get("objectives").get(0).get("kpis").get(0).get("score").asString())
                .isEqualTo("75");
        assertThat(json.get("perspectives").get(3).get("objectives").get(0).get("kpis").get(0).get("score").asString())
                .isEqualTo("50");
        assertThat(result.out()).contains("\"score\": 95,", "\"score\": 72.67543859649123,");
    }

    @Test
    void evaluatesTheSecondExampleWithAForecast() throws Exception {
        Result result = run("examples/city-hospital.yaml", "--period", "2026-03", "--view", "year", "--forecast", "6");

        assertThat(result.exit()).isZero();
        assertThat(JsonMapper.builder().build().readTree(result.out()).get("scorecard").get("name").asString())
                .isEqualTo("City Hospital");
        assertThat(result.out()).contains("\"forecast\": [", "\"targetProbability\": ")
                .doesNotContainPattern("[0-9][eE][-+]?[0-9]");
    }

    @Test
    void exitsWith2AndLineColumnMessagesOnStandardErrorForABadFile() throws Exception {
        Path bad = Files.createTempFile("bad", ".yaml");
        Files.writeString(bad, "version: 1\nscorecard:\n  name: X\nperspectives:\n  - name: P\n    wieght: 2\n");

        Result result = run(bad.toString(), "--period", "2026-03");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith(bad + ":6:5: unknown key 'wieght' in a perspective; did you mean 'weight'?");
    }

    @Test
    void exitsWith2ForABadViewAndForAMissingFile() throws Exception {
        Result view = run("examples/acme.yaml", "--period", "2026-03", "--view", "quarter");
        Result missing = run("missing.yaml", "--period", "2026-03");

        assertThat(view.exit()).isEqualTo(2);
        assertThat(view.out()).isEmpty();
        assertThat(view.err()).contains("'quarter' is not a view");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("missing.yaml: no such file\n");
    }
}
