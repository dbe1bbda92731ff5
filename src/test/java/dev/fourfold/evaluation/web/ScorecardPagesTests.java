package dev.fourfold.evaluation.web;

import static dev.fourfold.support.Evaluations.anEvaluation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.kpi.PeriodLock;
import dev.fourfold.kpi.PeriodLocks;
import dev.fourfold.scorecard.Organisation;
import dev.fourfold.scorecard.OrganisationService;
import dev.fourfold.scoring.Status;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ChangeSource;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.support.Messages;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Which scorecard pages' contents are kept, and for which requests they are built again. */
class ScorecardPagesTests {

    private static final Actor ANA = Actor.user("ana", ChangeSource.UI);

    private final EvaluationService evaluations = mock(EvaluationService.class);
    private final PeriodLocks locks = mock(PeriodLocks.class);
    private final OrganisationService organisation = mock(OrganisationService.class);
    private final ScorecardPages pages = new ScorecardPages(evaluations,
            new EvaluationTrees(evaluations, locks, organisation, JsonMapper.builder().build()), Messages.bundles(), 20_000);
    private final EvaluationService.ScorecardEvaluation evaluation =
            anEvaluation(7, "Company", "2026-10", "period", 72.25, Status.AMBER);

    @Test
    void keepsAPageWhileTheModelsVersionIsUnchanged() {
        EvaluationService.Prepared prepared = preparedAt("7:3,0:1");

        ScorecardPages.Content first = pages.content(7, "2026-10", null, ANA, Locale.ENGLISH);
        ScorecardPages.Content second = pages.content(7, "2026-10", null, ANA, Locale.ENGLISH);

        assertThat(second).isSameAs(first);
        assertThat(second.card().name()).isEqualTo("Company");
        verify(evaluations, times(1)).evaluate(prepared);
    }

    @Test
    void buildsThePageAgainOnceAWriteChangedTheModelsVersion() {
        EvaluationService.Prepared before = preparedAt("7:3,0:1");
        pages.content(7, "2026-10", null, ANA, Locale.ENGLISH);
        EvaluationService.Prepared after = preparedAt("7:4,0:1");
        pages.content(7, "2026-10", null, ANA, Locale.ENGLISH);

        verify(evaluations).evaluate(before);
        verify(evaluations).evaluate(after);
    }

    @Test
    void keepsPagesApartByTheReadersLocale() {
        EvaluationService.Prepared prepared = preparedAt("7:3,0:1");

        pages.content(7, "2026-10", null, ANA, Locale.ENGLISH);
        pages.content(7, "2026-10", null, ANA, Locale.GERMANY);

        verify(evaluations, times(2)).evaluate(prepared);
    }

    @Test
    void keepsNothingForAModelThatWasNotKept() {
        EvaluationService.Prepared prepared = preparedAt("");

        pages.content(7, "2026-10", null, ANA, Locale.ENGLISH);
        pages.content(7, "2026-10", null, ANA, Locale.ENGLISH);

        verify(evaluations, times(2)).evaluate(prepared);
    }

    @Test
    void keepsAViewReachingIntoALockedPeriodLikeAnyOther() {
        var quarter = anEvaluation(7, "Company", "2026-Q4", "period", 72.25, Status.AMBER);
        EvaluationService.Prepared prepared = preparedAt("7:3,0:1", quarter,
                List.of(new PeriodLock(1, 7, "2026-10", "olga", Instant.EPOCH, "{}")));
        when(organisation.get()).thenReturn(new Organisation("Northwind", 1, "percent", 1));

        ScorecardPages.Content live = pages.content(7, "2026-10", null, ANA, Locale.ENGLISH);
        pages.content(7, "2026-10", null, ANA, Locale.ENGLISH);

        assertThat(live.card().lockNote()).contains("reaches past the locked 2026-10");
        verify(evaluations, times(1)).evaluate(prepared);
    }

    @Test
    void asksWhetherTheReaderMaySeeTheScorecardOnEveryRequest() {
        preparedAt("7:3,0:1");
        pages.content(7, "2026-10", null, ANA, Locale.ENGLISH);
        Actor viewer = Actor.user("viewer", ChangeSource.UI);
        when(evaluations.prepare(7, "2026-10", null, viewer)).thenThrow(new NotFoundException("scorecard", 7L));

        assertThatThrownBy(() -> pages.content(7, "2026-10", null, viewer, Locale.ENGLISH))
                .isInstanceOf(NotFoundException.class);
    }

    private EvaluationService.Prepared preparedAt(String version) {
        return preparedAt(version, evaluation);
    }

    private EvaluationService.Prepared preparedAt(String version, EvaluationService.ScorecardEvaluation evaluation) {
        return preparedAt(version, evaluation, List.of());
    }

    private EvaluationService.Prepared preparedAt(String version, EvaluationService.ScorecardEvaluation evaluation,
                                                  List<PeriodLock> locked) {
        EvaluationService.Prepared prepared = new EvaluationService.Prepared(evaluation.stored(), version,
                evaluation.current().period(), evaluation.current().view(), locked);
        when(evaluations.prepare(7, "2026-10", null, ANA)).thenReturn(prepared);
        when(evaluations.evaluate(prepared)).thenReturn(evaluation);
        return prepared;
    }
}
