package dev.fourfold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code evaluate --scorecard NAME} evaluates a further scorecard of a file instead of the first. */
class EvaluateScorecardOptionTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new EvaluateCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void evaluatesTheServicesDivisionOfTheGroupFileByName() {
        int status = run("examples/northwind-group.yaml", "--period", "2026-03", "--scorecard", "services SCORECARD");

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(root.at("/scorecard/name").asString()).isEqualTo("Services scorecard");
        // Financial 125 (S_REV 125 of 100) and Customer 75 (4 hours wanted, 5 taken): (125 + 75) / 2 = 100
        assertThat(root.at("/perspectives/0/score").asDouble()).isEqualTo(125);
        assertThat(root.at("/perspectives/1/score").asDouble()).isEqualTo(75);
        assertThat(root.at("/scorecard/score").asDouble()).isEqualTo(100);
    }

    @Test
    void acceptsTheOptionWithAnEqualsSign() {
        assertThat(run("examples/northwind-group.yaml", "--period=2026-03", "--scorecard=Manufacturing scorecard")).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(root.at("/scorecard/score").asDouble()).isEqualTo(80);
    }

    @Test
    void refusesAnUnknownNameListingTheFilesScorecards() {
        int status = run("examples/northwind-group.yaml", "--period", "2026-03", "--scorecard", "Retail scorecard");

        assertThat(status).isEqualTo(EvaluateCommand.USAGE);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("evaluate: examples/northwind-group.yaml has no "
                + "scorecard named 'Retail scorecard'; its scorecards: Group scorecard, Manufacturing scorecard, "
                + "Services scorecard" + System.lineSeparator());
    }

    @Test
    void needsAValueForTheOption() {
        assertThat(run("examples/northwind-group.yaml", "--period", "2026-03", "--scorecard")).isEqualTo(EvaluateCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("evaluate: --scorecard needs a value");
    }
}
