package dev.fourfold.importing;

import dev.fourfold.scoring.DefinitionProblem;
import dev.fourfold.scoring.DefinitionValidator;
import dev.fourfold.scoring.IncludeGraph;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The {@code includes:} of a scorecard file: read with their paths, then checked against the file's scorecards. An
 * inclusion names a scorecard of the same file whose unit lies below the including scorecard's (by the file's
 * {@code unit} and {@code parentUnit}), a perspective that scorecard has, and the same fiscal year and scale;
 * inclusions close no cycle and no chain is longer than {@link ScorecardFileParser#MAX_INCLUDE_DEPTH}. Each problem
 * points at the inclusion's line.
 */
final class IncludeChecks {

    static final List<String> KEYS = List.of("scorecard", "unit", "perspective", "weight");

    private IncludeChecks() {
    }

    static List<IncludeSection> read(YamlMapping m, ParseContext context) {
        List<IncludeSection> out = new ArrayList<>();
        List<Node> items = m.sequence("includes");
        for (int k = 0; k < items.size(); k++) {
            String path = m.path() + ".includes[" + k + "]";
            YamlMapping i = YamlMapping.of(items.get(k), path, "an inclusion", context, KEYS);
            if (i == null) {
                continue;
            }
            String scorecard = i.text("scorecard");
            String unit = i.text("unit");
            if (scorecard == null && unit == null) {
                context.problem(items.get(k), "an inclusion names the 'scorecard' (or the 'unit') of this file it includes");
                continue;
            }
            BigDecimal weight = i.decimal("weight");
            if (weight != null && weight.signum() < 0) {
                context.problem(i.node("weight"), "'weight' must be 0 or more (0 excludes the included scorecard), was "
                        + weight.toPlainString());
            }
            var mark = items.get(k).getStartMark();
            out.add(new IncludeSection(unit, scorecard, i.text("perspective"), weight, path,
                    mark.map(x -> x.getLine() + 1).orElse(0), mark.map(x -> x.getColumn() + 1).orElse(0)));
        }
        return out;
    }

    /** Validates the file's further scorecards, then checks every inclusion of the file. */
    static void check(ScorecardFile file, ParseContext context) {
        for (int i = 0; i < file.scorecards().size(); i++) {
            String prefix = "scorecards[" + i + "].";
            DefinitionValidator.validate(file.scorecards().get(i).definitionIn(file), List.of()).forEach(p ->
                    context.definitionProblem(new DefinitionProblem(prefix
                            + (p.path().startsWith("perspectives") ? "" : "scorecard.") + p.path(), p.message())));
        }
        checkIncludes(file, context);
    }

    private static void checkIncludes(ScorecardFile file, ParseContext context) {
        List<ScorecardFile> all = file.all();
        Map<String, String> parents = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            ScorecardSection s = all.get(i).scorecard();
            String at = i == 0 ? "scorecard.name" : "scorecards[" + (i - 1) + "].scorecard.name";
            if (s.name() != null && !names.add(key(s.name()))) {
                context.definitionProblem(new DefinitionProblem(at, "the file has a scorecard named '" + s.name() + "' already"));
            }
            if (s.unitName() != null && parents.containsKey(key(s.unitName()))) {
                context.definitionProblem(new DefinitionProblem(at, "unit '" + s.unitName() + "' has a scorecard in this file already"));
            } else if (s.unitName() != null) {
                parents.put(key(s.unitName()), s.parentUnit() == null ? null : key(s.parentUnit()));
            }
        }
        Map<String, Set<String>> graph = new LinkedHashMap<>();
        Map<String, String> firstPath = new HashMap<>();
        for (ScorecardFile f : all) {
            for (IncludeSection include : f.includes()) {
                checkOne(file, f, include, parents, context).ifPresent(t -> {
                    graph.computeIfAbsent(f.scorecard().name(), k -> new LinkedHashSet<>()).add(t.scorecard().name());
                    firstPath.putIfAbsent(f.scorecard().name() + "\n" + t.scorecard().name(), include.path());
                });
            }
        }
        Optional<List<String>> cycle = IncludeGraph.findCycle(graph);
        if (cycle.isPresent()) {
            List<String> path = cycle.get();
            context.definitionProblem(new DefinitionProblem(firstPath.get(path.get(0) + "\n" + path.get(1)),
                    "inclusions close a cycle: " + String.join(" → ", path)));
        } else if (longestChain(graph) > ScorecardFileParser.MAX_INCLUDE_DEPTH) {
            context.definitionProblem(new DefinitionProblem(firstPath.values().iterator().next(), "inclusions nest deeper than "
                    + ScorecardFileParser.MAX_INCLUDE_DEPTH + " scorecards"));
        }
    }

    private static Optional<ScorecardFile> checkOne(ScorecardFile file, ScorecardFile f, IncludeSection include,
                                                    Map<String, String> parents, ParseContext context) {
        Optional<ScorecardFile> target = file.included(include);
        String named = include.scorecard() != null ? "scorecard '" + include.scorecard() + "'" : "unit '" + include.unit() + "'";
        List<String> problems = new ArrayList<>();
        if (target.isEmpty()) {
            problems.add("includes " + named + ", which is no scorecard of this file");
        } else {
            ScorecardSection t = target.get().scorecard();
            ScorecardSection s = f.scorecard();
            if (!below(t.unitName(), s.unitName(), parents)) {
                problems.add("includes '" + t.name() + "' of unit '" + t.unitName() + "', which is not below unit '"
                        + s.unitName() + "': a scorecard includes only scorecards of the units below its own");
            } else if (!Objects.equals(start(t), start(s)) || !Objects.equals(t.scale(), s.scale())) {
                problems.add("includes '" + t.name() + "', whose fiscal year or scale differs from this scorecard's");
            }
            String perspective = include.perspective() != null ? include.perspective() : perspectiveOf(f, include);
            if (perspective != null && target.get().perspectives().stream().noneMatch(p -> key(p.name()).equals(key(perspective)))) {
                problems.add("includes perspective '" + perspective + "' of '" + t.name() + "', which has none of that name");
            }
        }
        problems.forEach(p -> context.definitionProblem(new DefinitionProblem(include.path(), p)));
        return problems.isEmpty() ? target : Optional.empty();
    }

    /** The name of the perspective an inclusion is written under, or null under an objective. */
    private static String perspectiveOf(ScorecardFile f, IncludeSection include) {
        return f.perspectives().stream().filter(p -> p.includes().contains(include)).map(PerspectiveSection::name)
                .findFirst().orElse(null);
    }

    private static Integer start(ScorecardSection s) {
        return s.fiscalYearStart() == null ? 1 : s.fiscalYearStart();
    }

    /** Whether {@code unit} lies strictly below {@code ancestor} in the file's units; a loop of parents ends the walk. */
    private static boolean below(String unit, String ancestor, Map<String, String> parents) {
        Set<String> seen = new HashSet<>();
        String at = parents.get(key(unit));
        while (at != null && seen.add(at)) {
            if (at.equals(key(ancestor))) {
                return true;
            }
            at = parents.get(at);
        }
        return false;
    }

    /** The most scorecards on one chain of inclusions, counted in topological order (no recursion). */
    private static int longestChain(Map<String, Set<String>> graph) {
        Map<String, Integer> incoming = new HashMap<>();
        graph.forEach((from, to) -> {
            incoming.putIfAbsent(from, 0);
            to.forEach(t -> incoming.merge(t, 1, Integer::sum));
        });
        Map<String, Integer> depth = new HashMap<>();
        Deque<String> ready = new ArrayDeque<>();
        incoming.forEach((k, n) -> {
            if (n == 0) {
                ready.add(k);
                depth.put(k, 1);
            }
        });
        int longest = 0;
        while (!ready.isEmpty()) {
            String k = ready.poll();
            longest = Math.max(longest, depth.get(k));
            for (String t : graph.getOrDefault(k, Set.of())) {
                depth.merge(t, depth.get(k) + 1, Math::max);
                if (incoming.merge(t, -1, Integer::sum) == 0) {
                    ready.add(t);
                }
            }
        }
        return longest;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
