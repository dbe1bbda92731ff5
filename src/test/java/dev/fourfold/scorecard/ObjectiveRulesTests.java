package dev.fourfold.scorecard;

import static dev.fourfold.scorecard.ScorecardTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.fourfold.scorecard.ScorecardTestData.ObjectiveBuilder;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.Visibility;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The checks of an objective before it is saved. The repository answers for a small tree: unit 2 (Sales) reports
 * to unit 1 (Company); scorecard 1 belongs to Company, scorecards 2 and 3 to Sales. Perspective 100 is on scorecard
 * 1, perspective 200 on scorecard 2.
 */
class ObjectiveRulesTests {

    private final ObjectiveRepository objectives = mock(ObjectiveRepository.class);
    private final ObjectiveRules rules = new ObjectiveRules(objectives);

    @BeforeEach
    void describeTheTree() {
        when(objectives.scorecardOfPerspective(anyLong())).thenReturn(Optional.empty());
        when(objectives.scorecardOfPerspective(100)).thenReturn(Optional.of(1L));
        when(objectives.scorecardOfPerspective(200)).thenReturn(Optional.of(2L));
        when(objectives.idByCode(anyLong(), anyString())).thenReturn(Optional.empty());
        when(objectives.parentUnitOfScorecard(2)).thenReturn(Optional.of(1L));
        when(objectives.parentUnitOfScorecard(1)).thenReturn(Optional.empty());
        when(objectives.homeOf(anyLong())).thenReturn(Optional.empty());
        when(objectives.homeOf(40)).thenReturn(Optional.of(new ObjectiveRepository.Home(1, 1)));
        when(objectives.homeOf(60)).thenReturn(Optional.of(new ObjectiveRepository.Home(3, 2)));
        when(objectives.scorecardOf(anyLong())).thenReturn(Optional.empty());
        when(objectives.scorecardOf(11)).thenReturn(Optional.of(1L));
        when(objectives.scorecardOf(21)).thenReturn(Optional.of(2L));
        when(objectives.nextPosition(100)).thenReturn(4);
    }

    @Test
    void takesTheScorecardFromThePerspectiveAndFillsInTheDefaults() {
        Objective draft = anObjective().inScorecard(0).named(" Grow revenue ").build();

        Objective checked = rules.checked(null, draft, Visibility.all(), null);

        assertThat(checked.scorecardId()).isEqualTo(1);
        assertThat(checked.name()).isEqualTo("Grow revenue");
        assertThat(checked.weight()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(checked.rollup()).isEqualTo("weighted-average");
        assertThat(checked.position()).isEqualTo(4);
    }

    @Test
    void refusesACodeAnotherObjectiveOfTheScorecardHasAlready() {
        when(objectives.idByCode(1, "F1")).thenReturn(Optional.of(12L));

        assertThat(problems(null, anObjective().withCode("F1"), Visibility.all(), null)).containsExactly(
                new FieldProblem("code", "the scorecard has an objective with code 'F1' already (id 12)"));
    }

    @Test
    void letsAnObjectiveKeepItsOwnCode() {
        when(objectives.idByCode(1, "F1")).thenReturn(Optional.of(10L));

        assertThat(rules.checked(10L, anObjective().withId(10).withCode("F1").build(), Visibility.all(), null).code())
                .isEqualTo("F1");
    }

    @Test
    void answersAPerspectiveOnAScorecardTheUserCannotReadAsMissing() {
        assertThat(problems(null, anObjective().inPerspective(200), Visibility.only(Set.of(1L)), null))
                .containsExactly(new FieldProblem("perspectiveId", "there is no perspective with id 200"));
    }

    @Test
    void answersAnAlignmentToAnObjectiveTheUserCannotReadExactlyLikeOneThatDoesNotExist() {
        var readsOnlySales = Visibility.only(Set.of(2L));

        var hidden = problems(null, anObjective().inPerspective(200).alignedTo(40L), readsOnlySales, null);
        var missing = problems(null, anObjective().inPerspective(200).alignedTo(41L), readsOnlySales, null);

        assertThat(hidden).containsExactly(new FieldProblem("alignedToId", "there is no objective with id 40"));
        assertThat(missing).containsExactly(new FieldProblem("alignedToId", "there is no objective with id 41"));
    }

    @Test
    void letsTheOwnerKeepAnAlignmentTheyCannotRead() {
        Objective kept = rules.checked(20L, anObjective().withId(20).inPerspective(200).alignedTo(40L).build(),
                Visibility.only(Set.of(2L)), 40L);

        assertThat(kept.alignedToId()).isEqualTo(40L);
    }

    @Test
    void refusesAnAlignmentToAnObjectiveOutsideTheParentUnit() {
        assertThat(problems(null, anObjective().inPerspective(200).alignedTo(60L), Visibility.all(), null))
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(Tuple.tuple("alignedToId", "objective 60 does not belong to a scorecard of "
                        + "this unit's parent unit; an objective aligns to its parent unit's strategy"));
    }

    @Test
    void acceptsAnAlignmentToAnObjectiveOfTheParentUnit() {
        assertThat(rules.checked(null, anObjective().inPerspective(200).alignedTo(40L).build(), Visibility.all(), null)
                .alignedToId()).isEqualTo(40L);
    }

    @Test
    void refusesAnObjectiveThatDrivesItselfOrIsDrivenFromAnotherScorecard() {
        assertThat(problems(10L, anObjective().withId(10).drivenBy(11L, 10L, 21L), Visibility.all(), null))
                .extracting(FieldProblem::field).containsExactly("drivenBy[1]", "drivenBy[2]");
    }

    private List<FieldProblem> problems(Long id, ObjectiveBuilder draft, Visibility readable, Long kept) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> rules.checked(id, draft.build(), readable, kept));
        assertThat(refused).as("refused").isNotNull();
        return refused.problems();
    }
}
