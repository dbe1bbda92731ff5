package dev.fourfold.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks definitions against the precise rules before they are saved or evaluated, and reports every problem with
 * its path: range polarity with a method other than band/binary, a method of the other scale, negative weights,
 * bands or thresholds out of order, unknown formula codes, formula cycles (with the path {@code A → B → A}) and
 * duplicate codes (compared case-insensitively; KPI codes and objective codes are checked separately). A pure
 * function: an empty list means valid.
 */
public final class DefinitionValidator {

    private DefinitionValidator() {
    }

    /**
     * Validates a whole scorecard. Formulas may reference {@code otherKpis}: KPIs of the organisation that are not
     * on this scorecard (codes also on the scorecard are taken from the scorecard).
     */
    public static List<DefinitionProblem> validate(ScorecardDefinition scorecard, Collection<KpiDefinition> otherKpis) {
        return validate(scorecard, otherKpis, Set.of());
    }

    /** As {@link #validate(ScorecardDefinition, Collection)}, with {@code withheld} codes known but unreadable. */
    public static List<DefinitionProblem> validate(ScorecardDefinition scorecard, Collection<KpiDefinition> otherKpis,
                                                   Set<String> withheld) {
        return validate(scorecard, otherKpis, withheld, true);
    }

    /**
     * @param chains whether to refuse chains of formulas past {@link Formula#MAX_CHAIN}: when saving, yes; when
     *               compiling stored definitions, no (the model gives such formulas no value instead)
     */
    static List<DefinitionProblem> validate(ScorecardDefinition scorecard, Collection<KpiDefinition> otherKpis,
                                            Set<String> withheld, boolean chains) {
        List<DefinitionProblem> problems = new ArrayList<>();
        checkScorecard(scorecard, problems);
        Map<String, String> kpiPaths = new LinkedHashMap<>();
        Map<String, KpiDefinition> kpis = kpisByPath(scorecard, problems, kpiPaths);
        Map<String, Set<String>> references = new HashMap<>();
        withheld.forEach(code -> references.put(upper(code), Set.of()));
        otherKpis.forEach(k -> references.put(upper(k.code()), referencesOf(k)));
        kpis.values().forEach(k -> references.put(upper(k.code()), referencesOf(k)));
        KpiValidator validator = new KpiValidator(scorecard.scale(), scorecard.method(), problems);
        kpis.forEach((path, kpi) -> validator.check(path, kpi, references.keySet()));
        Formula.findCycle(references).ifPresent(cycle -> problems.add(new DefinitionProblem(
                kpiPaths.getOrDefault(cycle.get(0), cycle.get(0)) + ".formula",
                "formula cycle: " + Formula.describeCycle(cycle))));
        if (chains) {
            checkChains(kpis, otherKpis, kpiPaths, problems);
        }
        return problems;
    }

    /** Refuses, once, formulas of the scorecard that build on more than {@link Formula#MAX_CHAIN} formulas in a row. */
    private static void checkChains(Map<String, KpiDefinition> kpis, Collection<KpiDefinition> otherKpis,
                                    Map<String, String> kpiPaths, List<DefinitionProblem> problems) {
        Map<String, Set<String>> reads = new HashMap<>();
        otherKpis.forEach(k -> reads.put(upper(k.code()), allReadsOf(k)));
        kpis.values().forEach(k -> reads.put(upper(k.code()), allReadsOf(k)));
        Set<String> tooDeep = FormulaGraph.longerThan(reads, Formula.MAX_CHAIN);
        kpiPaths.entrySet().stream().filter(e -> tooDeep.contains(e.getKey())).findFirst().ifPresent(e ->
                problems.add(new DefinitionProblem(e.getValue() + ".formula", "the formula of " + e.getKey() + " "
                        + Formula.TOO_DEEP + (tooDeep.size() > 1 ? " (" + tooDeep.size() + " formulas do)" : ""))));
    }

    private static Set<String> allReadsOf(KpiDefinition kpi) {
        if (kpi.formula() == null || !(Formula.parse(kpi.formula()) instanceof Formula f)) {
            return Set.of();
        }
        Set<String> reads = new HashSet<>(f.references());
        reads.addAll(f.laggedReferences());
        return reads;
    }

    /**
     * Validates one KPI as it is saved. {@code knownReferences} maps every other KPI code of the organisation to
     * the codes its formula reads in the same period (empty for a KPI without a formula); it decides which codes
     * are known and finds cycles through the new formula.
     */
    public static List<DefinitionProblem> validateKpi(KpiDefinition kpi, Scale scale, Method defaultMethod,
                                                      Map<String, ? extends Collection<String>> knownReferences) {
        List<DefinitionProblem> problems = new ArrayList<>();
        Map<String, Collection<String>> references = new HashMap<>();
        knownReferences.forEach((code, refs) -> references.put(upper(code), refs));
        references.put(upper(kpi.code()), referencesOf(kpi));
        new KpiValidator(scale, defaultMethod, problems).check("", kpi, references.keySet());
        Formula.findCycle(references)
                .filter(cycle -> cycle.contains(upper(kpi.code())))
                .ifPresent(cycle -> problems.add(new DefinitionProblem("formula",
                        "formula cycle: " + Formula.describeCycle(cycle))));
        if (problems.isEmpty() && kpi.formula() != null) {
            Map<String, Collection<String>> without = new HashMap<>(references);
            without.remove(upper(kpi.code()));
            references.put(upper(kpi.code()), allReadsOf(kpi));
            Set<String> tooDeep = new HashSet<>(FormulaGraph.longerThan(references, Formula.MAX_CHAIN));
            tooDeep.removeAll(FormulaGraph.longerThan(without, Formula.MAX_CHAIN));
            if (!tooDeep.isEmpty()) {
                problems.add(new DefinitionProblem("formula", "this formula, or one that reads it, "
                        + Formula.TOO_DEEP));
            }
        }
        return problems;
    }

    private static void checkScorecard(ScorecardDefinition s, List<DefinitionProblem> problems) {
        if (s.fiscalYearStart() < 1 || s.fiscalYearStart() > 12) {
            problems.add(new DefinitionProblem("fiscalYearStart", "the fiscal year starts in a month 1–12, not " + s.fiscalYearStart()));
        }
        if (!s.method().belongsTo(s.scale())) {
            problems.add(new DefinitionProblem("method", "'" + s.method().key() + "' belongs to the other scale; this scorecard uses the " + s.scale().key() + " scale"));
        }
        if (!s.bands().ascending()) {
            problems.add(new DefinitionProblem("bands", "bands must ascend: amber below green below blue"));
        }
        if (s.cap() != null && s.cap().low() >= s.cap().high()) {
            problems.add(new DefinitionProblem("cap", "the cap's low end must be below its high end"));
        }
    }

    private static Map<String, KpiDefinition> kpisByPath(ScorecardDefinition s, List<DefinitionProblem> problems,
                                                         Map<String, String> pathsByCode) {
        Map<String, KpiDefinition> kpis = new LinkedHashMap<>();
        Map<String, String> objectivePaths = new HashMap<>();
        for (int p = 0; p < s.perspectives().size(); p++) {
            PerspectiveDefinition perspective = s.perspectives().get(p);
            String pPath = "perspectives[" + p + "]";
            checkWeight(pPath, perspective.weight(), problems);
            for (int o = 0; o < perspective.objectives().size(); o++) {
                ObjectiveDefinition objective = perspective.objectives().get(o);
                String oPath = pPath + ".objectives[" + o + "]";
                checkWeight(oPath, objective.weight(), problems);
                checkUnique(oPath, "objective", objective.code(), objectivePaths, problems);
                for (int k = 0; k < objective.kpis().size(); k++) {
                    KpiDefinition kpi = objective.kpis().get(k);
                    String kPath = oPath + ".kpis[" + k + "]";
                    checkUnique(kPath, "KPI", kpi.code(), pathsByCode, problems);
                    kpis.put(kPath, kpi);
                }
            }
        }
        return kpis;
    }

    private static void checkWeight(String path, BigDecimal weight, List<DefinitionProblem> problems) {
        if (weight.signum() < 0) {
            problems.add(new DefinitionProblem(path + ".weight", "weight must not be negative (is " + weight.toPlainString() + ")"));
        }
    }

    private static void checkUnique(String path, String what, String code, Map<String, String> seen,
                                    List<DefinitionProblem> problems) {
        String first = seen.putIfAbsent(upper(code), path);
        if (first != null) {
            problems.add(new DefinitionProblem(path + ".code", "duplicate " + what + " code '" + code + "' (also at " + first + ")"));
        }
    }

    static Set<String> referencesOf(KpiDefinition kpi) {
        if (kpi.formula() == null) {
            return Set.of();
        }
        return Formula.parse(kpi.formula()) instanceof Formula f ? f.references() : Set.of();
    }

    private static String upper(String code) {
        return code.toUpperCase(Locale.ROOT);
    }
}
