package dev.fourfold.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.fourfold.scoring.Method;
import dev.fourfold.scoring.Polarity;
import dev.fourfold.scoring.ScorecardDefinition;
import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading scorecard files: the spec's example, exact numbers, and every kind of problem with its position. */
class ScorecardFileParserTests {

    /** A valid file with one KPI whose lines are given (indented under {@code kpis:} at 10 spaces). */
    static String withKpi(String kpiLines) {
        return """
                version: 1
                scorecard:
                  name: Test
                perspectives:
                  - name: Financial
                    objectives:
                      - code: F1
                        kpis:
                """ + kpiLines.indent(10);
    }

    static List<FileProblem> problems(String text) {
        return ScorecardFileParser.parse(text).problems();
    }

    @Test
    void readsTheSpecExampleIntoDefinitionDataAndDescriptiveFields() throws IOException {
        ScorecardFileReport report = ScorecardFileParser.parse(Files.readString(Path.of("examples/acme.yaml")));

        assertThat(report.problems()).isEmpty();
        ScorecardFile file = report.file();
        ScorecardDefinition definition = file.definition();
        assertThat(definition.name()).isEqualTo("Acme Corporation");
        assertThat(definition.perspectives()).extracting(p -> p.name())
                .containsExactly("Financial", "Customer", "Internal Business Processes", "Learning & Growth");
        KpiSection rev = file.kpis().get(0);
        assertThat(rev.owner()).isEqualTo("controller@acme.example");
        assertThat(rev.lead()).isEqualTo("lag");
        assertThat(rev.graceDays()).isEqualTo(10);
        assertThat(rev.benchmark()).isEqualTo(new BigDecimal("110"));
        assertThat(rev.targets()).containsEntry(Period.month(2026, 3), new BigDecimal("110"));
        assertThat(file.scorecard().vision()).isEqualTo("Be the most trusted supplier in our region");
        assertThat(file.objectives().get(0).drivenBy()).containsExactly("C1");
        assertThat(file.kpis()).extracting(KpiSection::code)
                .containsExactly("REV", "COGS", "MARGIN", "NPS", "CYCLE", "TRAIN");
        assertThat(file.kpis().get(3).definition().frequency()).isEqualTo(Frequency.QUARTERLY);
        assertThat(file.kpis().get(5).definition().polarity()).isEqualTo(Polarity.RANGE);
        assertThat(file.data().actuals().get("NPS")).containsEntry(Period.quarter(2026, 1), new BigDecimal("27"));
    }

    @Test
    void readsNumbersExactlyFromTheirText() {
        ScorecardFileReport report = ScorecardFileParser.parse(withKpi("""
                - code: REV
                  target: 0.1
                  actuals: {2026-01: 104.50, 2026-02: 1e3, 2026-03: -0.000000000001}
                """));

        assertThat(report.problems()).isEmpty();
        KpiSection rev = report.file().kpis().get(0);
        assertThat(rev.target()).isEqualTo(new BigDecimal("0.1"));
        assertThat(rev.actuals().values()).containsExactly(new BigDecimal("104.50"), new BigDecimal("1000"),
                new BigDecimal("-0.000000000001"));
    }

    @Test
    void reportsUnknownKeyWithLineAndColumnAllowedKeysAndASuggestion() {
        assertThat(problems(withKpi("""
                - code: REV
                  targt: 100
                """))).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.column()).isEqualTo(13);
            assertThat(p.message()).contains("unknown key 'targt'", "did you mean 'target'?", "allowed keys: code, name");
        });
    }

    @Test
    void rejectsQuotedNumbersBooleansNanInfinitiesAndHexadecimal() {
        assertThat(problems(withKpi("""
                - code: REV
                  target: "100"
                  baseline: true
                  min: .nan
                  max: .inf
                  redFlag: 0x1F
                """))).extracting(FileProblem::line, FileProblem::message).containsExactly(
                tuple(10, "'target' must be a number; \"100\" is quoted text (remove the quotes)"),
                tuple(11, "'baseline' must be a number, not the boolean true"),
                tuple(12, "'min' must be a decimal number such as 12.5, not '.nan'"),
                tuple(13, "'max' must be a decimal number such as 12.5, not '.inf'"),
                tuple(14, "'redFlag' must be a decimal number such as 12.5, not '0x1F'"));
    }

    @Test
    void allowsNullForOptionalKeysButNotInsideActualsOrTargets() {
        assertThat(problems(withKpi("""
                - code: REV
                  description: null
                  target: null
                  targets: {2026-01: null}
                  actuals: {2026-01: 5, 2026-02: ~}
                """))).extracting(FileProblem::line, FileProblem::column, FileProblem::message).containsExactly(
                tuple(12, 32, "targets of REV for 2026-01 must be a number, not null"),
                tuple(13, 44, "actuals of REV for 2026-02 must be a number, not null"));
    }

    @Test
    void rejectsPeriodKeysThatAreNoPeriodOrOfAnotherFrequency() {
        assertThat(problems(withKpi("""
                - code: NPS
                  frequency: quarterly
                  actuals: {2026-Q1: 27, 2026-03: 30, 2026-13: 1}
                """))).extracting(FileProblem::message).containsExactly(
                "actuals of NPS: 2026-03 is a monthly period but NPS is quarterly; use keys like 2026-Q1",
                "actuals of NPS: '2026-13' is not a period; expected a year (2026), a quarter (2026-Q3), a month (2026-07), a week (2026-W11) or a day (2026-03-15)");
    }

    @Test
    void reportsMissingRequiredKeysAndAnUnsupportedVersion() {
        assertThat(problems("""
                version: 2
                scorecard:
                  vision: none
                perspectives:
                  - weight: 1
                """)).extracting(FileProblem::line, FileProblem::message).containsExactly(
                tuple(1, "version 2 is not supported; this Fourfold reads version 1"),
                tuple(3, "the scorecard needs 'name'"),
                tuple(5, "a perspective needs 'name'"));
        assertThat(problems("scorecard: {name: X}\n")).extracting(FileProblem::message)
                .containsExactly("the file needs 'version'");
    }

    @Test
    void reportsDuplicateCodesWithTheLineOfTheFirst() {
        assertThat(problems(withKpi("""
                - code: REV
                - code: rev
                """))).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.message()).isEqualTo("duplicate KPI code 'rev' (also at line 9)");
        });
    }

    @Test
    void reportsUnknownFormulaCodesAndFormulaCyclesWithTheirPath() {
        assertThat(problems(withKpi("""
                - code: M
                  formula: "100 * (REV - COGS) / REV"
                - code: X
                  formula: Y * 2
                - code: Y
                  formula: X + 1
                """))).extracting(FileProblem::line, FileProblem::message).containsExactly(
                tuple(10, "unknown KPI code 'COGS'"),
                tuple(10, "unknown KPI code 'REV'"),
                tuple(12, "formula cycle: X → Y → X"));
    }

    @Test
    void rejectsActualsOnAFormulaKpi() {
        assertThat(problems(withKpi("""
                - code: A
                - code: M
                  formula: A * 2
                  actuals: {2026-01: 1}
                """))).extracting(FileProblem::message).containsExactly(
                "KPI M is calculated by its formula and has no actuals; remove 'actuals' or the formula");
    }

    @Test
    void pointsDefinitionProblemsOfTheEngineAtTheirKey() {
        assertThat(problems(withKpi("""
                - code: T
                  polarity: range
                  method: ratio
                  weight: -1
                """))).extracting(FileProblem::line, FileProblem::column, FileProblem::message).containsExactly(
                tuple(11, 13, "a range KPI is scored by band or binary, not 'ratio'"),
                tuple(12, 13, "weight must not be negative (is -1)"));
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() {
        assertThat(problems("""
                version: 1
                scorecard:
                  name: X
                  scael: percent
                  method: goal-redflag
                  bands: {amber: 100, green: 80}
                perspectives:
                  - name: P
                    rollup: best
                    objectives:
                      - code: O1
                        drivenBy: [NOPE]
                        kpis:
                          - code: K
                            frequency: hourly
                """)).extracting(FileProblem::line).containsExactly(4, 5, 6, 9, 12, 15);
    }

    @Test
    void rejectsDuplicateKeys() {
        assertThat(problems(withKpi("""
                - code: REV
                  target: 1
                  target: 2
                """))).extracting(FileProblem::message)
                .containsExactly("duplicate key 'target' in a KPI (first at line 10)");
    }

    @Test
    void reportsBrokenYamlAndAnEmptyFileWithoutThrowing() {
        assertThat(problems("version: 1\nscorecard: {name: [x\n")).singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.message()).startsWith("not valid YAML: ");
                });
        assertThat(problems("")).extracting(FileProblem::line).containsExactly(0);
        assertThat(problems("- just\n- a list\n")).extracting(FileProblem::message)
                .containsExactly("the file must be a mapping of keys to values");
    }

    @Test
    void readsScorecardSettings() {
        ScorecardFileReport report = ScorecardFileParser.parse("""
                version: 1
                scorecard:
                  name: Ten
                  fiscalYearStart: 4
                  scale: ten
                  cap: [0, 9.5]
                  bands: {amber: 3, green: 6, blue: 9}
                """);
        assertThat(report.problems()).isEmpty();
        assertThat(report.file().definition().method()).isEqualTo(Method.GOAL_REDFLAG);
        assertThat(report.file().definition().fiscalYearStart()).isEqualTo(4);
        assertThat(report.file().scorecard().cap().high()).isEqualTo(new BigDecimal("9.5"));
        assertThat(report.file().scorecard().unitName()).isEqualTo("Ten");
    }

    private static List<String> messages(String text) {
        return problems(text).stream().map(FileProblem::message).toList();
    }

    @Test
    void refusesDeepNestingWithoutOverflowingTheStack() {
        String text = "version: 1\nscorecard: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";
        assertThat(messages(text)).anySatisfy(m -> assertThat(m).contains("nested more than"));
    }

    @Test
    void refusesALineLongerThanTheLimitBeforeScanningIt() {
        String text = "version: 1\nscorecard:\n  name: Test\n  vision: " + "x".repeat(150_000) + "\n";
        assertThat(messages(text)).singleElement().satisfies(m -> assertThat(m).contains("line 4 has").contains("at most 100000"));
    }

    @Test
    void refusesMoreValuesThanTheLimit() {
        String text = "version: 1\nscorecard: [\n" + (" 1,".repeat(1000) + "\n").repeat(201) + " 1]\n";
        assertThat(messages(text)).singleElement().satisfies(m -> assertThat(m).contains("more than 200000 values"));
    }

    @Test
    void refusesManyAliases() {
        String text = "version: &v 1\nscorecard:\n  name: Test\nperspectives: [" + "*v, ".repeat(101) + "*v]\n";
        assertThat(messages(text)).singleElement().satisfies(m -> assertThat(m).contains("more than 100 aliases"));
    }

    @Test
    void refusesNumbersThatCannotBeReadWithoutThrowing() {
        assertThat(messages(withKpi("- code: K\n  name: K\n  weight: 1e9999999999\n"))).anySatisfy(m ->
                assertThat(m).contains("'weight'").contains("exponent"));
        assertThat(messages(withKpi("- code: K\n  name: K\n  weight: 1e-400\n"))).anySatisfy(m ->
                assertThat(m).contains("'weight'").contains("too small"));
        assertThat(messages(withKpi("- code: K\n  name: K\n  weight: 1" + "0".repeat(100) + "\n"))).anySatisfy(m ->
                assertThat(m).contains("'weight'").contains("too many digits"));
    }

    @Test
    void refusesControlCharactersInSingleLineValuesButNotLineBreaksInDescriptions() {
        assertThat(messages(withKpi("- code: K\n  name: \"K\\0L\"\n"))).anySatisfy(m -> assertThat(m).contains("'name'").contains("NUL"));
        assertThat(messages(withKpi("- code: K\n  name: \"K\\nL\"\n"))).anySatisfy(m -> assertThat(m).contains("'name'").contains("single line"));
        assertThat(messages(withKpi("- code: K\n  name: K\n  description: |\n    two\n    lines\n"))).isEmpty();
    }
}
