package dev.fourfold.measurement;

import static dev.fourfold.measurement.MeasurementTestData.aKpi;
import static dev.fourfold.measurement.MeasurementTestData.anActual;
import static dev.fourfold.scorecard.ScorecardTestData.aScorecard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.BatchResult;
import dev.fourfold.shared.ChangeSource;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.ForbiddenException;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.ScorecardChanges;
import dev.fourfold.support.TestClock;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recording values: who may enter them, when a KPI owner's value waits for approval, and what is refused before
 * anything is written. KPI 5 ({@code REV}) is collected on scorecard 1 and owned by kim; KPI 6 ({@code MARGIN}) is
 * calculated.
 */
class ActualServiceTests {

    private static final Actor KIM = Actor.user("kim", ChangeSource.UI);

    private final FakeValueRules rules = new FakeValueRules().with(aKpi(5, "REV", 1, "kim", null))
            .with(aKpi(6, "MARGIN", 1, "kim", "REV - COST"));
    private final Access access = mock(Access.class);
    private final ScorecardService scorecards = mock(ScorecardService.class);
    private final ChangeLog changeLog = mock(ChangeLog.class);

    @BeforeEach
    void letKimEnterValues() {
        when(access.mayEnterValues(KIM, 1, "kim")).thenReturn(true);
        when(scorecards.get(1)).thenReturn(aScorecard().build());
    }

    @Test
    void holdsAKpiOwnersValueForApprovalWhenTheScorecardRequiresIt() {
        when(scorecards.get(1)).thenReturn(aScorecard().requiringApproval().build());
        when(access.needsApproval(KIM, 1)).thenReturn(true);

        Actual recorded = service(new InMemoryActuals()).create(item("104.5"), KIM);

        assertThat(recorded.state()).isEqualTo(ActualState.PENDING);
        assertThat(recorded.value()).isEqualByComparingTo("104.5");
    }

    @Test
    void approvesAScorecardOwnersValueStraightAwayEvenWhereApprovalIsRequired() {
        when(scorecards.get(1)).thenReturn(aScorecard().requiringApproval().build());
        when(access.needsApproval(KIM, 1)).thenReturn(false);

        assertThat(service(new InMemoryActuals()).create(item("104.5"), KIM).state()).isEqualTo(ActualState.APPROVED);
    }

    @Test
    void approvesAKpiOwnersValueWhereTheScorecardDoesNotAskForApproval() {
        when(access.needsApproval(KIM, 1)).thenReturn(true);

        assertThat(service(new InMemoryActuals()).create(item("104.5"), KIM).state()).isEqualTo(ActualState.APPROVED);
    }

    @Test
    void refusesSomeoneWhoIsNeitherTheKpisOwnerNorAScorecardOwner() {
        Actor lea = Actor.user("lea", ChangeSource.UI);
        InMemoryActuals actuals = new InMemoryActuals();

        assertThatThrownBy(() -> service(actuals).create(item("104.5"), lea))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("Only the owner of KPI REV (kim), a scorecard owner or an administrator may enter its "
                        + "values.");
        assertThat(actuals.find(5, "2026-10")).isEmpty();
    }

    @Test
    void refusesAValueInALockedPeriodAndStoresNothing() {
        rules.lock(1, "2026-10");
        InMemoryActuals actuals = new InMemoryActuals();

        assertThatThrownBy(() -> service(actuals).create(item("104.5"), KIM)).isInstanceOf(ConflictException.class);
        assertThat(actuals.find(5, "2026-10")).isEmpty();
        verify(changeLog, never()).record(any(), any());
    }

    @Test
    void refusesAValueForACalculatedKpiAndNamesItsFormula() {
        var item = new ActualService.Item(6L, null, "2026-10", new BigDecimal("12"), null, null, null);

        assertThatThrownBy(() -> service(new InMemoryActuals()).create(item, KIM))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("kpiId", "KPI MARGIN is calculated from its formula (REV - COST); "
                                + "enter values for its inputs instead")));
        verify(access, never()).mayEnterValues(any(), anyLong(), any());
    }

    @Test
    void refusesASecondValueForTheSamePeriod() {
        InMemoryActuals actuals = new InMemoryActuals(anActual().approved().build());

        assertThatThrownBy(() -> service(actuals).create(item("104.5"), KIM))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo("duplicate"));
        assertThat(actuals.find(1).orElseThrow().value()).isEqualByComparingTo("100");
    }

    @Test
    void leavesAValueSentAgainUnchangedWithoutANewRevision() {
        InMemoryActuals actuals = new InMemoryActuals(anActual().approved().build());

        BatchResult result = service(actuals).recordAll(List.of(item("100.0")), KIM);

        assertThat(result).isEqualTo(new BatchResult(0, 0, 1));
        assertThat(actuals.revisions(5, "2026-10")).hasSize(1);
    }

    @Test
    void keepsEveryChangeAsARevision() {
        InMemoryActuals actuals = new InMemoryActuals(anActual().approved().build());

        service(actuals).update(1, new BigDecimal("98"), "corrected", null, 0, KIM);

        assertThat(actuals.revisions(5, "2026-10")).extracting(ActualRevision::revision, r -> r.value().toPlainString())
                .containsExactly(Tuple.tuple(1, "100"), Tuple.tuple(2, "98"));
    }

    private ActualService service(InMemoryActuals actuals) {
        Clock clock = Clock.fixed(TestClock.NOW, ZoneOffset.UTC);
        return new ActualService(actuals, rules.rules, changeLog, clock, access, scorecards, mock(ScorecardChanges.class),
                event -> { });
    }

    private static ActualService.Item item(String value) {
        return new ActualService.Item(5L, null, "2026-10", new BigDecimal(value), null, null, null);
    }
}
