package dev.fourfold.importing.values;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems a preview finds: the first {@value ValueImport#SHOWN} kept, all counted. */
final class RowProblems {

    private final List<RowProblem> listed = new ArrayList<>();
    private int count;

    void add(RowProblem problem) {
        count++;
        if (listed.size() < ValueImport.SHOWN) {
            listed.add(problem);
        }
    }

    int count() {
        return count;
    }

    List<RowProblem> listed() {
        return List.copyOf(listed);
    }

    /** How many these and the file's own problems are. */
    int countWithThoseOf(RowChunks chunks) {
        return count + chunks.problems.count;
    }

    /** These problems with those of the file itself, by row and column: the first {@value ValueImport#SHOWN}. */
    List<RowProblem> withThoseOf(RowChunks chunks) {
        List<RowProblem> all = new ArrayList<>(chunks.problems.listed);
        all.addAll(listed);
        all.sort(Comparator.comparingInt(RowProblem::row).thenComparingInt(RowProblem::column));
        return List.copyOf(all.subList(0, Math.min(all.size(), ValueImport.SHOWN)));
    }
}
