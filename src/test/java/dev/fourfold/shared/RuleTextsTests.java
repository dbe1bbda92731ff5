package dev.fourfold.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RuleTextsTests {

    /** Messages as the rules state them, taken from the rules themselves where they are reachable from here. */
    static Stream<String> statedMessages() {
        List<FieldProblem> problems = new ArrayList<>();
        Names.require(problems, "name", null, 200);
        Names.require(problems, "name", "x".repeat(201), 200);
        Names.requireCode(problems, "code", "9lives");
        Decimals.check(problems, "value", new BigDecimal("1e30"));
        Decimals.check(problems, "value", new BigDecimal("1e-20"));
        Decimals.check(problems, "value", new BigDecimal("1.0000000000001"));
        Stream<String> fromRules = problems.stream().map(FieldProblem::message);
        Stream<String> fromPeriods = Stream.of("2026-13", "someday").map(key -> {
            try {
                Period.parse(key);
                throw new AssertionError(key + " was read as a period");
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        });
        return Stream.concat(Stream.concat(fromRules, fromPeriods), Stream.of("is required: say why the value is rejected",
                "'12x' is not a number", "'abc' is not a valid value here", "contains a NUL character at position 3",
                "contains the control character U+0007 at position 2; this field is a single line",
                "10800 is far outside the history of KPI REV (the middle half of its 10 values lies between 103.25 and "
                        + "107.75): check the unit and the decimal separator",
                "gives the same KPI and period as row 2: give one value per KPI and period",
                "KPI REV 2026-03 appears more than once in the file"));
    }

    @ParameterizedTest
    @MethodSource("statedMessages")
    void translatesEveryStatedWordingIntoGerman(String message) {
        String german = RuleTexts.in(Locale.GERMAN, message);

        assertThat(german).isNotEqualTo(message);
        numbersOf(message).forEach(n -> assertThat(german).contains(n));
    }

    @ParameterizedTest
    @MethodSource("statedMessages")
    void keepsTheEnglishBundleTheSameWordingAsTheRules(String message) {
        assertThat(RuleTexts.in(Locale.ENGLISH, message)).isEqualTo(message);
    }

    @Test
    void leavesAMessageItDoesNotKnowAsStated() {
        assertThat(RuleTexts.in(Locale.GERMAN, "the scorecard 3 has no perspective 'Finance'"))
                .isEqualTo("the scorecard 3 has no perspective 'Finance'");
    }

    @Test
    void carriesTheTypedTextOverIntoTheTranslation() {
        assertThat(RuleTexts.in(Locale.GERMAN, "'12,5x' is not a number")).isEqualTo("„12,5x“ ist keine Zahl");
        assertThat(RuleTexts.in(Locale.GERMAN, "is too long: at most 200 characters, was 201"))
                .isEqualTo("ist zu lang: höchstens 200 Zeichen, eingegeben 201");
    }

    private static Stream<String> numbersOf(String message) {
        return java.util.regex.Pattern.compile("\\d+").matcher(message).results().map(r -> r.group());
    }
}
