package dev.fourfold.measurement;

import static dev.fourfold.measurement.MeasurementTestData.aKpi;
import static dev.fourfold.measurement.MeasurementTestData.anActual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ChangeSource;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.ForbiddenException;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.ScorecardChanges;
import dev.fourfold.support.TestClock;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Approving and rejecting a pending value: only the state changes, a new revision records the decision, and a
 * locked period or a reviewer who does not own the scorecard changes nothing. Value 1 is kim's pending 100 for
 * October 2026 on KPI 5 ({@code REV}) of scorecard 1.
 */
class ActualReviewsTests {

    private static final Actor OSCAR = Actor.user("oscar", ChangeSource.UI);

    private final InMemoryActuals actuals = new InMemoryActuals(anActual().withComment("estimate").build());
    private final FakeValueRules rules = new FakeValueRules().with(aKpi(5, "REV", 1, "kim", null));
    private final Access access = mock(Access.class);
    private final ChangeLog changeLog = mock(ChangeLog.class);
    private final Clock clock = Clock.fixed(TestClock.NOW, ZoneOffset.UTC);
    private final List<Object> published = new ArrayList<>();
    private final ActualReviews reviews = new ActualReviews(actuals,
            new ActualService(actuals, rules.rules, changeLog, clock, access, mock(ScorecardService.class),
                    mock(ScorecardChanges.class), event -> { }),
            rules.rules, access, changeLog, clock, mock(ScorecardChanges.class), published::add);

    @Test
    void approvesAPendingValueSoThatItCounts() {
        Actual approved = reviews.review(1, true, null, OSCAR);

        assertThat(approved.state()).isEqualTo(ActualState.APPROVED);
        assertThat(approved.revision()).isEqualTo(2);
        verify(changeLog).record(any(), any());
    }

    @Test
    void rejectingKeepsTheValueAndItsComment() {
        Actual rejected = reviews.review(1, false, "  ", OSCAR);

        assertThat(rejected.state()).isEqualTo(ActualState.REJECTED);
        assertThat(rejected.value()).isEqualByComparingTo("100");
        assertThat(rejected.comment()).isEqualTo("estimate");
        assertThat(actuals.revisions(5, "2026-10")).extracting(ActualRevision::state)
                .containsExactly(ActualState.PENDING, ActualState.REJECTED);
    }

    @Test
    void recordsTheReviewersNoteInsteadOfTheCommentWhenOneIsGiven() {
        assertThat(reviews.review(1, false, " Twice the forecast; check the source. ", OSCAR).comment())
                .isEqualTo("Twice the forecast; check the source.");
    }

    @Test
    void refusesAReviewInALockedPeriodAndChangesNothing() {
        rules.lock(1, "2026-10");

        assertThatThrownBy(() -> reviews.review(1, true, null, OSCAR)).isInstanceOf(ConflictException.class);
        assertThat(actuals.find(1).orElseThrow().state()).isEqualTo(ActualState.PENDING);
        assertThat(actuals.revisions(5, "2026-10")).hasSize(1);
    }

    @Test
    void refusesAReviewerWhoDoesNotOwnTheScorecard() {
        Actor kim = Actor.user("kim", ChangeSource.UI);
        doThrow(new ForbiddenException("Only a scorecard owner may review values.")).when(access).requireOwner(kim, 1);

        assertThatThrownBy(() -> reviews.review(1, true, null, kim)).isInstanceOf(ForbiddenException.class);
        assertThat(actuals.find(1).orElseThrow().state()).isEqualTo(ActualState.PENDING);
    }

    @Test
    void leavesAValueAlreadyInTheAskedStateAsItIs() {
        reviews.review(1, true, null, OSCAR);

        Actual again = reviews.review(1, true, "approved twice", OSCAR);

        assertThat(again.version()).isEqualTo(1);
        assertThat(again.comment()).isEqualTo("estimate");
        assertThat(actuals.revisions(5, "2026-10")).hasSize(2);
        assertThat(published).as("only the first review is announced").hasSize(1);
    }

    @Test
    void announcesTheReviewWithTheValuesStateAndCommentAfterIt() {
        reviews.review(1, false, "Twice the forecast", OSCAR);

        assertThat(published).containsExactly(new ValueReviewed(1, 5, "REV", "2026-10",
                actuals.find(1).orElseThrow().value(), "rejected", "Twice the forecast", "oscar", "ui", TestClock.NOW));
    }

    @Test
    void refusesTheReviewOfAValueOfAnotherScorecardAsMissing() {
        doThrow(new NotFoundException("actual value", 1L)).when(access)
                .requireRead(OSCAR, 1, "actual value", 1L);

        assertThatThrownBy(() -> reviews.review(1, true, null, OSCAR)).isInstanceOf(NotFoundException.class);
        verify(changeLog, never()).record(any(), any());
    }
}
