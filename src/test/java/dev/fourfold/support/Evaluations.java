package dev.fourfold.support;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.fourfold.evaluation.EvaluationService.ScorecardEvaluation;
import dev.fourfold.evaluation.StoredScorecard;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scoring.Evaluation;
import dev.fourfold.scoring.FiscalCalendar;
import dev.fourfold.scoring.ScoringModel;
import dev.fourfold.scoring.Status;
import dev.fourfold.scoring.View;
import dev.fourfold.shared.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Evaluations of a scorecard without perspectives, for tests of the pages that show them (the engine is not run). */
public final class Evaluations {

    private Evaluations() {
    }

    /**
     * The evaluation of an empty scorecard at a period and view with this score ({@code null}: none) and colour. It stubs
     * mocks, so build it before {@code when(…)}, not inside {@code thenReturn(…)}.
     */
    public static ScorecardEvaluation anEvaluation(long id, String name, String period, String view, Double score, Status status) {
        Scorecard card = new Scorecard(id, 1, name, "", "linear", new BigDecimal("60"), new BigDecimal("80"),
                new BigDecimal("100"), BigDecimal.ZERO, new BigDecimal("120"), "ignore", "weighted", false, 1);
        Evaluation current = mock(Evaluation.class);
        when(current.period()).thenReturn(Period.parse(period));
        when(current.view()).thenReturn(View.valueOf(view.toUpperCase(java.util.Locale.ROOT)));
        when(current.score()).thenReturn(score);
        when(current.status()).thenReturn(status);
        when(current.perspectives()).thenReturn(List.of());
        ScoringModel model = mock(ScoringModel.class);
        when(model.calendar()).thenReturn(new FiscalCalendar(1));
        return new ScorecardEvaluation(new StoredScorecard(card, List.of(), Map.of(), Map.of(), model, Map.of()),
                current, mock(Evaluation.class));
    }
}
