package dev.fourfold.importing;

import java.util.List;

/**
 * The outcome of reading a scorecard file: the file as far as it could be read, and every problem found. The file
 * may be used only when there are no problems.
 */
public record ScorecardFileReport(ScorecardFile file, List<FileProblem> problems) {

    public ScorecardFileReport {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
