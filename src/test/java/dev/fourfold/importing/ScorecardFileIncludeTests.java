package dev.fourfold.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.scoring.Evaluation;
import dev.fourfold.scoring.PerspectiveResult;
import dev.fourfold.scoring.RollupExplanation;
import dev.fourfold.scoring.View;
import dev.fourfold.shared.Period;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A file's scorecards include one another within the file, each inclusion checked with its line. */
class ScorecardFileIncludeTests {

    private static final Period MARCH = Period.parse("2026-03");

    private static Evaluation evaluate(String text) {
        ScorecardFileReport report = ScorecardFileParser.parse(text);
        assertThat(report.problems()).isEmpty();
        return report.file().model().evaluate(MARCH, View.PERIOD);
    }

    private static List<String> problems(String text) {
        return ScorecardFileParser.parse(text).problems().stream().map(p -> p.line() + ": " + p.message()).toList();
    }

    /** A group and one division below it whose Financial perspective scores {@code divisionActual}. */
    private static String family(String groupIncludes, String divisionScorecard) {
        return """
                version: 1
                scorecard: {name: Group, unit: G}
                perspectives:
                  - name: Financial
                    objectives:
                      - code: G1
                        kpis: [{code: REV, target: 100, actuals: {2026-03: 60}}]
                    includes:
                %s
                scorecards:
                  - scorecard: %s
                    perspectives:
                      - name: Financial
                        objectives:
                          - code: D1
                            kpis: [{code: D_REV, target: 100, actuals: {2026-03: 90}}]
                """.formatted(groupIncludes, divisionScorecard);
    }

    @Test
    void reproducesTheReadmesWorkedExampleFromTheExampleFile() throws IOException {
        Evaluation group = evaluate(Files.readString(Path.of("examples/northwind-group.yaml")));
        PerspectiveResult financial = group.perspectives().get(0);
        assertThat(financial.score()).isEqualTo(90);
        assertThat(financial.explanation().text()).isEqualTo("Financial: (1 × 75 + 2 × 80 + 1 × 125) / 4 = 90; amber from 80");
        assertThat(financial.explanation().contributions()).extracting(RollupExplanation.Contribution::name,
                        RollupExplanation.Contribution::contribution)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("G1", 18.75),
                        org.assertj.core.groups.Tuple.tuple("Northwind Manufacturing / Manufacturing scorecard / Financial", 40.0),
                        org.assertj.core.groups.Tuple.tuple("Northwind Services / Services scorecard / Financial", 31.25));
        assertThat(group.perspectives().get(1).objectives().get(0).score()).as("Services overall: (125 + 75) / 2")
                .isEqualTo(100);
        assertThat(group.score()).isEqualTo(95);
    }

    @Test
    void resolvesAnInclusionByScorecardNameOrByUnit() {
        String byName = family("      - scorecard: Division", "{name: Division, unit: D, parentUnit: G}");
        String byUnit = family("      - unit: D", "{name: Division, unit: D, parentUnit: G}");
        assertThat(evaluate(byName).perspectives().get(0).score()).isEqualTo(75);
        assertThat(evaluate(byUnit).perspectives().get(0).score()).isEqualTo(75);
    }

    @Test
    void refusesAScorecardOfAUnitNotBelowWithTheLineOfTheInclusion() {
        assertThat(problems(family("      - scorecard: Division", "{name: Division, unit: D}")))
                .containsExactly("9: includes 'Division' of unit 'D', which is not below unit 'G': a scorecard includes "
                        + "only scorecards of the units below its own");
    }

    @Test
    void refusesAnUnknownScorecardOrPerspectiveWithTheirLines() {
        assertThat(problems(family("      - scorecard: Nobody", "{name: Division, unit: D, parentUnit: G}")))
                .containsExactly("9: includes scorecard 'Nobody', which is no scorecard of this file");
        assertThat(problems(family("      - {scorecard: Division, perspective: Growth}", "{name: Division, unit: D, parentUnit: G}")))
                .containsExactly("9: includes perspective 'Growth' of 'Division', which has none of that name");
        assertThat(problems(family("      - {weight: 2}", "{name: Division, unit: D, parentUnit: G}")))
                .containsExactly("9: an inclusion names the 'scorecard' (or the 'unit') of this file it includes");
    }

    @Test
    void refusesACycleOfInclusionsWithItsPathAndLine() {
        String text = """
                version: 1
                scorecard: {name: A, unit: UA, parentUnit: UB}
                perspectives:
                  - name: Financial
                    includes: [{scorecard: B}]
                scorecards:
                  - scorecard: {name: B, unit: UB, parentUnit: UA}
                    perspectives:
                      - name: Financial
                        includes: [{scorecard: A}]
                """;
        assertThat(problems(text)).containsExactly("5: inclusions close a cycle: A → B → A");
    }

    @Test
    void refusesTwoScorecardsOfTheSameNameWithTheLineOfTheSecond() {
        String twice = family("      - scorecard: Division", "{name: Group, unit: D, parentUnit: G}");
        assertThat(problems(twice)).anySatisfy(p -> assertThat(p).startsWith("11: the file has a scorecard named 'Group' already"));
    }
}
