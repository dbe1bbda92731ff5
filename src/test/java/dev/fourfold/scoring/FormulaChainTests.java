package dev.fourfold.scoring;

import static dev.fourfold.scoring.DataBuilder.values;
import static dev.fourfold.scoring.KpiBuilder.aKpi;
import static dev.fourfold.scoring.ScorecardBuilder.withKpis;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.shared.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Formulas that build on one another are bounded: a chain longer than {@link Formula#MAX_CHAIN} is refused when
 * saved, and one stored all the same gives its top no value, so that no chain can exhaust a request thread's stack.
 */
class FormulaChainTests {

    private static final Period MONTH = Period.parse("2024-01");

    /** K0 = K1 * 1, K1 = K2 * 1, …, with {@code formulas} formulas above the plain KPI at the end, which has 5. */
    private static ScorecardBuilder chain(int formulas) {
        List<KpiBuilder> kpis = new ArrayList<>();
        for (int i = 0; i < formulas; i++) {
            kpis.add(aKpi("K" + i).calculatedAs((i % 2 == 0 ? "K" : "prev(K") + (i + 1) + (i % 2 == 0 ? "" : ")")
                    + " * 1").withTarget("1"));
        }
        kpis.add(aKpi("K" + formulas).withTarget("1"));
        return withKpis(kpis.toArray(new KpiBuilder[0]));
    }


    @Test
    void givesTheTopOfAStoredChainPastTheLimitNoValueInsteadOfOverflowingTheStack() throws Exception {
        int formulas = 3000;
        DataBuilder data = values();
        for (int m = 0; m < 12 * 130; m++) {
            data.actual("K" + formulas, MONTH.plus(-m), 5);
        }
        ScoringModel model = ScoringModel.of(chain(formulas).build(), data.build());

        KpiResult top = DefaultStack.run(() -> model.evaluateKpi("K0", MONTH, View.PERIOD));
        KpiResult withinLimit = DefaultStack.run(() -> model.evaluateKpi("K" + (formulas - Formula.MAX_CHAIN), MONTH, View.PERIOD));

        assertThat(top.actual()).isNull();
        assertThat(top.score()).isNull();
        assertThat(top.reason()).contains("builds on more than 50 formulas in a row");
        assertThat(withinLimit.actual()).isEqualTo(5.0);
    }

    @Test
    void refusesAScorecardWhoseFormulasBuildOnMoreThanTheLimitInARow() throws Exception {
        assertThat(DefinitionValidator.validate(chain(Formula.MAX_CHAIN).build(), List.of())).isEmpty();

        List<DefinitionProblem> tooLong = DefinitionValidator.validate(chain(Formula.MAX_CHAIN + 1).build(), List.of());
        List<DefinitionProblem> huge = DefaultStack.run(() -> DefinitionValidator.validate(chain(20_000).build(), List.of()));

        assertThat(tooLong).singleElement().satisfies(p -> {
            assertThat(p.path()).endsWith(".formula");
            assertThat(p.message()).contains("K0", "builds on more than 50 formulas in a row");
        });
        assertThat(huge).singleElement().satisfies(p -> assertThat(p.message()).contains("formulas do"));
    }

    @Test
    void findsACycleAtTheEndOfAChainTooLongForARecursiveSearch() throws Exception {
        Map<String, Set<String>> references = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            references.put("K" + i, Set.of("K" + (i + 1)));
        }
        references.put("K20000", Set.of("K19999"));

        List<String> cycle = DefaultStack.run(() -> Formula.findCycle(references).orElseThrow());

        assertThat(cycle).containsExactly("K19999", "K20000", "K19999");
    }

    @Test
    void refusesSavingAFormulaThatWouldMakeAChainTooLong() {
        Map<String, Set<String>> known = new HashMap<>();
        for (int i = 1; i < Formula.MAX_CHAIN; i++) {
            known.put("K" + i, Set.of("K" + (i + 1)));
        }
        known.put("K" + Formula.MAX_CHAIN, Set.of());
        KpiDefinition fifty = aKpi("K0").calculatedAs("K1 * 2").build();
        KpiDefinition fiftyOne = aKpi("TOP").calculatedAs("K0 + K1").build();
        known.put("K0", Set.of("K1"));
        Map<String, Set<String>> withoutK0 = new HashMap<>(known);
        withoutK0.remove("K0");

        assertThat(DefinitionValidator.validateKpi(fifty, Scale.PERCENT, Method.RATIO, withoutK0)).isEmpty();
        assertThat(DefinitionValidator.validateKpi(fiftyOne, Scale.PERCENT, Method.RATIO, known))
                .singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("formula");
                    assertThat(p.message()).contains("builds on more than 50 formulas in a row");
                });
    }
}
