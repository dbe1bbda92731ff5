package dev.fourfold.scorecard;

import static dev.fourfold.scorecard.ScorecardTestData.aUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ChangeSource;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.ForbiddenException;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.ScorecardChanges;
import dev.fourfold.support.TestClock;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the company tree: a unit never reports to itself or below itself, names are unique, leaves go first. */
class UnitServiceTests {

    private static final Actor ADMIN = Actor.user("admin", ChangeSource.UI);

    // Company (1) ─┬─ Sales (2) ── Retail (3)
    //              └─ Finance (4)
    private final InMemoryUnits units = new InMemoryUnits(aUnit().build(),
            aUnit().withId(2).under(1L).named("Sales").build(),
            aUnit().withId(3).under(2L).named("Retail").build(),
            aUnit().withId(4).under(1L).named("Finance").build());
    private final ScorecardRepository scorecards = mock(ScorecardRepository.class);
    private final ChangeLog changeLog = mock(ChangeLog.class);
    private final Access access = mock(Access.class);
    private final UnitService service = new UnitService(units, scorecards, changeLog,
            Clock.fixed(TestClock.NOW, ZoneOffset.UTC), access, mock(ScorecardChanges.class));

    @Test
    void refusesMovingAUnitUnderItsOwnDescendant() {
        assertThatThrownBy(() -> service.update(2, 3L, "Sales", 0, ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("parentId",
                                "unit 3 lies below this unit; a unit cannot report to its own descendant")));

        assertThat(units.find(2)).contains(aUnit().withId(2).under(1L).named("Sales").build());
        verify(changeLog, never()).record(any(), any());
    }

    @Test
    void refusesMakingAUnitItsOwnParent() {
        assertThatThrownBy(() -> service.update(4, 4L, "Finance", 0, ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("parentId"));
    }

    @Test
    void movesAUnitToAnotherBranchAndRewritesTheAncestryBelowIt() {
        OrgUnit moved = service.update(2, 4L, "Sales", 0, ADMIN);

        assertThat(moved.parentId()).isEqualTo(4L);
        assertThat(units.ancestry().get(3L)).containsExactlyInAnyOrder(3L, 2L, 4L, 1L);
        verify(changeLog).record(any(), any());
    }

    @Test
    void refusesANameAnotherUnitHasAlreadyWhateverItsCase() {
        assertThatThrownBy(() -> service.create(1L, " sales ", ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("name", "a unit named 'Sales' exists already (id 2)")));
    }

    @Test
    void refusesAParentThatDoesNotExist() {
        assertThatThrownBy(() -> service.create(99L, "Marketing", ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("parentId", "there is no unit with id 99")));
    }

    @Test
    void refusesDeletingAUnitThatStillHasChildUnitsOrScorecards() {
        when(scorecards.namesOfUnit(anyLong())).thenReturn(List.of());
        when(scorecards.namesOfUnit(2)).thenReturn(List.of("Sales 2026"));

        assertThatThrownBy(() -> service.delete(2, null, ADMIN))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.references())
                        .containsExactly("child unit 'Retail'", "scorecard 'Sales 2026'"));
        assertThat(units.find(2)).isPresent();
    }

    @Test
    void deletesALeafWithoutScorecards() {
        when(scorecards.namesOfUnit(3)).thenReturn(List.of());

        service.delete(3, 0L, ADMIN);

        assertThat(units.find(3)).isEmpty();
    }

    @Test
    void changesNothingForSomeoneWhoIsNotAnAdministrator() {
        Actor ana = Actor.user("ana", ChangeSource.UI);
        doThrow(new ForbiddenException("Only administrators change the company tree.")).when(access).requireAdmin(ana);

        assertThatThrownBy(() -> service.update(3, 4L, "Retail", 0, ana)).isInstanceOf(ForbiddenException.class);
        assertThat(units.find(3).orElseThrow().parentId()).isEqualTo(2L);
    }
}
