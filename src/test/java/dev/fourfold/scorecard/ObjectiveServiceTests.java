package dev.fourfold.scorecard;

import static dev.fourfold.scorecard.ScorecardTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
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
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.ScorecardChanges;
import dev.fourfold.shared.Visibility;
import dev.fourfold.support.TestClock;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Removing and changing objectives: deleted when nothing ever referred to them, retired when something did, refused
 * while something active still does; aligned objectives the user cannot read counted, not named. Objective 10
 * ({@code F1}, version 3) lies on scorecard 1.
 */
class ObjectiveServiceTests {

    private static final Actor OWNER = Actor.user("oscar", ChangeSource.UI);

    private final ObjectiveRepository objectives = mock(ObjectiveRepository.class);
    private final ChangeLog changeLog = mock(ChangeLog.class);
    private final Access access = mock(Access.class);
    private final ObjectiveUsage kpis = mock(ObjectiveUsage.class);
    @SuppressWarnings("unchecked")
    private final ObjectProvider<ObjectiveUsage> usages = mock(ObjectProvider.class);
    private final ObjectiveService service = new ObjectiveService(objectives, changeLog,
            Clock.fixed(TestClock.NOW, ZoneOffset.UTC), new ObjectiveRules(objectives), usages, access, mock(ScorecardChanges.class));

    @BeforeEach
    void storeObjectiveTen() {
        when(objectives.find(10)).thenReturn(Optional.of(anObjective().withVersion(3).build()));
        when(objectives.activeAlignedTo(10)).thenReturn(List.of());
        when(usages.orderedStream()).thenAnswer(i -> Stream.of(kpis));
        when(kpis.activeUses(anyLong())).thenReturn(List.of());
        when(access.readableScorecards(any())).thenReturn(Visibility.all());
    }

    @Test
    void deletesAnObjectiveNothingEverReferredTo() {
        assertThat(service.delete(10, 3L, OWNER)).isEqualTo(ObjectiveService.Removal.DELETED);

        verify(objectives).delete(10);
        verify(objectives, never()).setRetired(anyLong(), eq(true), any());
        assertThat(recordedAction()).isEqualTo("delete");
    }

    @Test
    void retiresRatherThanDeletesAnObjectiveThatRetiredKpisStillReferTo() {
        when(kpis.hasAnyUse(10)).thenReturn(true);

        assertThat(service.delete(10, 3L, OWNER)).isEqualTo(ObjectiveService.Removal.RETIRED);

        verify(objectives).setRetired(10, true, TestClock.NOW);
        verify(objectives, never()).delete(anyLong());
        assertThat(recordedAction()).isEqualTo("retire");
    }

    @Test
    void retiresAnObjectiveThatRetiredObjectivesWereAlignedTo() {
        when(objectives.isAlignedTarget(10)).thenReturn(true);

        assertThat(service.delete(10, 3L, OWNER)).isEqualTo(ObjectiveService.Removal.RETIRED);
        verify(objectives, never()).delete(anyLong());
    }

    @Test
    void refusesToRemoveAnObjectiveWhileActiveKpisReferToIt() {
        when(kpis.activeUses(10)).thenReturn(List.of("KPI REV"));

        assertThatThrownBy(() -> service.delete(10, 3L, OWNER))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.references()).containsExactly("KPI REV"));
        verify(objectives, never()).delete(anyLong());
        verify(objectives, never()).setRetired(anyLong(), eq(true), any());
    }

    @Test
    void countsAlignedObjectivesOnScorecardsTheUserCannotReadWithoutNamingThem() {
        when(access.readableScorecards(OWNER)).thenReturn(Visibility.only(Set.of(1L, 2L)));
        when(objectives.activeAlignedTo(10))
                .thenReturn(List.of(Map.entry("S1", 2L), Map.entry("X1", 3L), Map.entry("X2", 4L)));

        assertThatThrownBy(() -> service.delete(10, 3L, OWNER))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.references()).containsExactly(
                        "aligned objective S1", "2 aligned objectives on scorecards you cannot read"));
    }

    @Test
    void refusesToRemoveAnObjectiveChangedSinceItWasRead() {
        assertThatThrownBy(() -> service.delete(10, 2L, OWNER)).isInstanceOf(ConflictException.class);
        verify(objectives, never()).delete(anyLong());
    }

    @Test
    void refusesMovingAnObjectiveToAPerspectiveOfAnotherScorecard() {
        when(objectives.scorecardOfPerspective(200)).thenReturn(Optional.of(2L));
        when(objectives.idByCode(anyLong(), anyString())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.update(10, anObjective().inPerspective(200).withVersion(3).build(), OWNER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("perspectiveId"));
        verify(objectives, never()).update(anyLong(), any(), anyLong(), any());
    }

    @Test
    void bringsARetiredObjectiveBackAndLeavesAnActiveOneAsItIs() {
        when(objectives.find(11)).thenReturn(Optional.of(anObjective().withId(11).retired().build()));

        service.restore(11, OWNER);
        service.restore(10, OWNER);

        verify(objectives).setRetired(11, false, TestClock.NOW);
        verify(objectives, never()).setRetired(eq(10L), eq(false), any());
    }

    private String recordedAction() {
        var change = ArgumentCaptor.forClass(ChangeLog.Change.class);
        verify(changeLog).record(change.capture(), eq(OWNER));
        return change.getValue().action();
    }
}
