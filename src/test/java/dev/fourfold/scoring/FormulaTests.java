package dev.fourfold.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaTests {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
            "1 + 2 * 3; 7", "(1 + 2) * 3; 9", "2 ^ 3 ^ 2; 512", "-2 ^ 2; -4", "2 ^ -1; 0.5", "10 - 4 - 3; 3",
            "12 / 4 / 3; 1", "-(3 - 5); 2", "1 < 2; 1", "2 <= 1; 0", "3 > 2; 1", "2 >= 2; 1", "2 == 2; 1",
            "2 != 2; 0", "1 + 1 == 2; 1", "min(3, 1, 2); 1", "max(3, 1, 2); 3", "abs(-4.5); 4.5",
            "avg(1, 2, 6); 3", "sum(1, 2, 3.5); 6.5", "round(2.5); 3", "round(-2.5); -3", "round(1.005, 2); 1.01",
            "round(-1.25, 1); -1.3", "round(1234, -2); 1200", "if(1, 10, 20); 10", "if(0, 10, 20); 20",
            ".5 + 1.; 1.5"})
    void evaluatesArithmeticComparisonsAndFunctions(String text, double expected) {
        assertThat(new MapScope().evaluate(text)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void readsKpiCodesCaseInsensitively() {
        MapScope scope = new MapScope().with("REV", 104.5).with("COGS", 66);
        assertThat(scope.evaluate("100 * (rev - Cogs) / REV")).isEqualTo(36.8421052631579);
    }

    @Test
    void separatesSamePeriodReferencesFromLaggedOnes() {
        Formula formula = (Formula) Formula.parse("a + Sales_2 * prev(rev) + prev(a)");
        assertThat(formula.references()).containsExactlyInAnyOrder("A", "SALES_2");
        assertThat(formula.laggedReferences()).containsExactlyInAnyOrder("REV", "A");
    }

    @ParameterizedTest(name = "{0} → {1} at column {2}")
    @CsvSource(delimiter = ';', value = {
            "min(A,); unexpected ')'; 7", "foo(A); unknown function 'foo'; 1", "A +; unexpected end of formula; 4",
            "A $ B; unexpected '$'; 3", "(A + B; unexpected end of formula; 7", "A + B); unexpected ')'; 6",
            "MIN(A, B); unknown function 'MIN'; 1", "if(A, B); if takes 3 arguments, not 2; 1",
            "prev(1); prev takes one KPI code; 1", "abs(A, B); abs takes 1 argument, not 2; 1",
            "#x; unexpected '#'; 1", "2 3; unexpected '3'; 3", "1e5; unexpected 'e'; 2", "round(A, 1, 2); round takes 1 or 2 arguments, not 3; 1",
            "min(); unexpected ')'; 5", "A + 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000; number too large; 5"})
    void reportsParseErrorsWithTheirColumn(String text, String problem, int column) {
        FormulaParse parse = Formula.parse(text);
        assertThat(parse).isInstanceOf(FormulaError.class);
        FormulaError error = (FormulaError) parse;
        assertThat(error.problem()).isEqualTo(problem);
        assertThat(error.column()).isEqualTo(column);
        assertThat(error.message()).isEqualTo(problem + " at column " + column);
    }

    @Test
    void refusesAFormulaLongerThanItsStoredTextBeforeNestingExhaustsTheStack() throws Exception {
        String nested = "(".repeat(30_000) + "1" + ")".repeat(30_000);
        FormulaParse parse = DefaultStack.run(() -> Formula.parse(nested));

        assertThat(parse).isInstanceOf(FormulaError.class);
        assertThat(((FormulaError) parse).message())
                .isEqualTo("a formula holds at most 2000 characters; this one goes on (60001 in all) at column 2001");
    }

    @Test
    void refusesAFormulaNestedMoreThanAHundredLevelsWhateverItsLength() throws Exception {
        assertThat(Formula.parse("(".repeat(99) + "1" + ")".repeat(99))).isInstanceOf(Formula.class);
        assertThat(Formula.parse("-".repeat(99) + "1")).isInstanceOf(Formula.class);

        for (String deep : List.of("(".repeat(100) + "1" + ")".repeat(100), "-".repeat(100) + "1",
                "2^".repeat(100) + "2", "abs(".repeat(100) + "1" + ")".repeat(100))) {
            FormulaParse parse = DefaultStack.run(() -> Formula.parse(deep));
            assertThat(parse).as(deep).isInstanceOf(FormulaError.class);
            assertThat(((FormulaError) parse).message()).as(deep)
                    .startsWith("nested more than 100 levels deep (brackets, functions, powers or minus signs)");
        }
    }

    @Test
    void reportsAnEmptyFormula() {
        assertThat(((FormulaError) Formula.parse("  ")).message()).isEqualTo("empty formula at column 1");
    }

    @Test
    void givesNoValueWithAReasonOnDivisionByZero() {
        MapScope scope = new MapScope().with("A", 5).with("B", 0);
        assertThat(scope.evaluate("A / B")).isNaN();
        assertThat(scope.reason).isEqualTo("division by zero: 5 / 0");
    }

    @Test
    void givesNoValueWithAReasonOnAMissingInput() {
        MapScope scope = new MapScope().with("A", 5);
        assertThat(scope.evaluate("A + B * 2")).isNaN();
        assertThat(scope.reason).isEqualTo("no value for B");
    }

    @Test
    void evaluatesOnlyTheBranchTakenByIf() {
        MapScope scope = new MapScope().with("A", 0).with("B", 4);
        assertThat(scope.evaluate("if(A == 0, 0, B / A)")).isZero();
        assertThat(scope.evaluate("if(A != 0, MISSING, B)")).isEqualTo(4);
        assertThat(scope.reason).isNull();
    }

    @Test
    void flagsResultsThatAreNotFiniteNumbers() {
        MapScope scope = new MapScope();
        assertThat(scope.evaluate("(0 - 8) ^ 0.5")).isNaN();
        assertThat(scope.reason).isEqualTo("−8 ^ 0.5 is not a finite number");
    }

    @Test
    void substitutesValuesIntoTheFormulaText() {
        Formula formula = (Formula) Formula.parse("100 * (REV - COGS) / REV");
        MapScope scope = new MapScope().with("REV", 104.5).with("COGS", 66);
        assertThat(formula.substituted(scope)).isEqualTo("100 × (104.5 − 66) / 104.5");
        assertThat(formula.substituted(null)).isEqualTo("100 × (REV − COGS) / REV");
        Formula nested = (Formula) Formula.parse("(a - b) - (c - d) ^ (2 ^ 3) + -prev(a)");
        assertThat(nested.substituted(null)).isEqualTo("A − B − (C − D) ^ 2 ^ 3 + −prev(A)");
    }

    @Test
    void findsACycleWithItsPath() {
        Map<String, Set<String>> refs = Map.of("a", Set.of("B"), "B", Set.of("c"), "C", Set.of("A"), "D", Set.of());
        assertThat(Formula.findCycle(refs)).contains(List.of("A", "B", "C", "A"));
        assertThat(Formula.describeCycle(List.of("A", "B", "A"))).isEqualTo("A → B → A");
    }

    @Test
    void findsASelfReferenceAsACycle() {
        assertThat(Formula.findCycle(Map.of("A", Set.of("a")))).contains(List.of("A", "A"));
    }

    @Test
    void allowsPrevOfItselfBecauseALagIsNotADependency() {
        Formula formula = (Formula) Formula.parse("prev(SELF) + IN");
        assertThat(Formula.findCycle(Map.of("SELF", formula.references(), "IN", Set.of()))).isEmpty();
    }
}
