package dev.fourfold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code evaluate} command shows each included scorecard's score, share and contribution. */
class EvaluateIncludesTests {

    @Test
    void printsEachDivisionsContributionToTheGroup() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new EvaluateCommand(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
                .run("examples/northwind-group.yaml", "--period", "2026-03");
        assertThat(status).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(root.at("/scorecard/score").asDouble()).isEqualTo(95);
        JsonNode manufacturing = root.at("/perspectives/0/includes/0");
        assertThat(manufacturing.get("name").asString()).isEqualTo("Northwind Manufacturing / Manufacturing scorecard / Financial");
        assertThat(manufacturing.get("score").asDouble()).isEqualTo(80);
        assertThat(manufacturing.get("share").asDouble()).isEqualTo(0.5);
        assertThat(manufacturing.get("contribution").asDouble()).isEqualTo(40);
        assertThat(root.at("/perspectives/1/objectives/0/includes/0/perspective").isNull()).isTrue();
    }
}
