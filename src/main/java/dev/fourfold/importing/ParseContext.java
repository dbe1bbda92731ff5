package dev.fourfold.importing;

import dev.fourfold.scoring.DefinitionProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * What one parse has found so far: the problems, and where in the text each path of the file starts, so that
 * problems found later on the built definition (by the engine's validator) can be pointed at a line and column.
 */
final class ParseContext {

    private static final Pattern ITEM_PATH =
            Pattern.compile("perspectives\\[\\d+](?:\\.objectives\\[\\d+](?:\\.kpis\\[\\d+])?)?");

    private final List<FileProblem> problems = new ArrayList<>();
    private final Map<String, Mark> locations = new HashMap<>();

    void problem(Node node, String message) {
        problem(node.getStartMark(), message);
    }

    void problem(Optional<Mark> mark, String message) {
        problems.add(mark.map(m -> new FileProblem(m.getLine() + 1, m.getColumn() + 1, message))
                .orElseGet(() -> new FileProblem(0, 0, message)));
    }

    /** Remembers where {@code path} (e.g. {@code perspectives[0].objectives[1].code}) is written. */
    void locate(String path, Node node) {
        node.getStartMark().ifPresent(mark -> locations.putIfAbsent(path, mark));
    }

    /**
     * Adds a problem the engine's validator found on the built definition, at the nearest written location of its
     * path; paths inside a message ("also at perspectives[0]…") become line numbers.
     */
    void definitionProblem(DefinitionProblem problem) {
        String path = problem.path().startsWith("perspectives") || problem.path().startsWith("scorecards[")
                || problem.path().startsWith("scorecard.") ? problem.path() : "scorecard." + problem.path();
        Matcher m = ITEM_PATH.matcher(problem.message());
        StringBuilder message = new StringBuilder();
        while (m.find()) {
            Optional<Mark> mark = nearest(m.group());
            m.appendReplacement(message, Matcher.quoteReplacement(
                    mark.map(k -> "line " + (k.getLine() + 1)).orElse(m.group())));
        }
        m.appendTail(message);
        problem(nearest(path), message.toString());
    }

    private Optional<Mark> nearest(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Mark mark = locations.get(p);
            if (mark != null) {
                return Optional.of(mark);
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return Optional.empty();
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Every problem once, in the order of the text. */
    List<FileProblem> problems() {
        List<FileProblem> sorted = new ArrayList<>(new LinkedHashSet<>(problems));
        sorted.sort(Comparator.comparingInt(FileProblem::line).thenComparingInt(FileProblem::column));
        return sorted;
    }
}
