package dev.fourfold.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Inclusions written by the writer (as an export writes them) and read as a server reads a file of one scorecard. */
class IncludeWritingTests {

    private static final String GROUP = """
            version: 1
            scorecard:
              name: Group
              unit: G
            perspectives:
              - name: Financial
                objectives:
                  - code: G1
                    includes:
                      - unit: Services
                includes:
                  - unit: Manufacturing
                    perspective: Money
                    weight: 2
                  - unit: Services
            """;

    @Test
    void writesInclusionsUnderTheirPerspectiveAndObjectiveByteForByte() {
        ScorecardFileReport report = ScorecardFileParser.parseForServer(GROUP, s -> { });
        assertThat(report.problems()).isEmpty();

        assertThat(ScorecardFileWriter.write(report.file())).isEqualTo(GROUP);
    }

    @Test
    void keepsTheLineOfEachInclusionForTheServersProblems() {
        ScorecardFile file = ScorecardFileParser.parseForServer(GROUP, s -> { }).file();

        assertThat(file.includes()).extracting(IncludeSection::location)
                .containsExactly("line 12, column 9", "line 15, column 9", "line 10, column 13");
    }

    @Test
    void leavesTheUnitsOfAFileOfOneScorecardToTheServerButNotToEvaluate() {
        assertThat(ScorecardFileParser.parse(GROUP).problems()).extracting(FileProblem::message)
                .containsExactly("includes unit 'Services', which is no scorecard of this file",
                        "includes unit 'Manufacturing', which is no scorecard of this file",
                        "includes unit 'Services', which is no scorecard of this file");
    }

    @Test
    void stillChecksTheInclusionsOfAFileOfSeveralScorecards() throws IOException {
        String group = Files.readString(Path.of("examples/northwind-group.yaml"));

        assertThat(ScorecardFileParser.parseForServer(group, s -> { }).problems()).isEmpty();
        assertThat(ScorecardFileParser.parseForServer(group.replace("- unit: Northwind Services", "- unit: Northwind Retail"),
                s -> { }).problems()).extracting(FileProblem::message)
                .containsExactly("includes unit 'Northwind Retail', which is no scorecard of this file");
    }
}
