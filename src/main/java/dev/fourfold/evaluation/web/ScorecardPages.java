package dev.fourfold.evaluation.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.evaluation.StoredScorecard;
import dev.fourfold.scoring.ScoringModel;
import dev.fourfold.scoring.SeriesPoint;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a scorecard page shows: the evaluation tree and the HTML of its sections. Evaluating the two periods and
 * formatting some 1,400 numbers was a third of a large page's time once its rows were no longer written by
 * Thymeleaf, so both are kept for views served from a kept model, keyed by the model's version counters, the
 * period, the view and the reader's locale: any write that changes the model changes its version and so the key,
 * exactly as the model cache decides. They hold nothing of a reader but the locale, since every reader of a
 * scorecard sees the same model; whether the reader may see it is checked on every request first. The rest of the
 * page is written per request and never kept: it carries the session's CSRF token ({@link ScorecardPageView}).
 */
@Component
class ScorecardPages {

    /**
     * A page's tree with its sections' rows as UTF-8 HTML ({@link SectionsHtml}), written to each response as they
     * are: encoding 170 KB of rows per request was a tenth of a large page's time, and building them half its garbage.
     */
    record Content(EvaluationResponses.ScorecardNode card, byte[] rows, int rowCount, String version,
                   @Nullable String vision, Frequency shortest, int fiscalYearStart) {
    }

    private record Key(long scorecardId, String version, String period, String view, Locale locale) {
    }

    private final EvaluationService evaluations;
    private final EvaluationTrees trees;
    private final MessageSource messages;
    private final Cache<Key, Content> kept;
    /** Each scorecard version's default period (finding it may evaluate a few periods). */
    private final Cache<String, String> defaults = Caffeine.newBuilder().maximumSize(1_000).build();

    ScorecardPages(EvaluationService evaluations, EvaluationTrees trees, MessageSource messages,
                   @Value("${fourfold.evaluation.page-cache.max-rows:20000}") long maxRows) {
        this.evaluations = evaluations;
        this.trees = trees;
        this.messages = messages;
        this.kept = Caffeine.newBuilder().maximumWeight(maxRows)
                .weigher((Key k, Content c) -> 1 + c.rowCount()).build();
    }

    /** The page of a scorecard the reader may read, at a period and view (defaults as in the API). */
    Content content(long scorecardId, @Nullable String period, @Nullable String view, Actor actor, Locale locale) {
        EvaluationService.Prepared prepared = evaluations.prepare(scorecardId, period, view, actor);
        EvaluationTrees.Checked checked = trees.check(prepared);
        if (prepared.version().isEmpty()) {
            return content(prepared, checked, locale);
        }
        Key key = new Key(scorecardId, prepared.version(), prepared.period().key(), prepared.view().key(), locale);
        return kept.get(key, k -> content(prepared, checked, locale));
    }

    /**
     * The period a scorecard opens at ({@link EvaluationService#latestScorable}), kept per version of its model: finding
     * it may evaluate a few periods.
     */
    String defaultPeriod(long scorecardId, Actor actor) {
        EvaluationService.Prepared prepared = evaluations.prepare(scorecardId, null, null, actor);
        if (prepared.version().isEmpty()) {
            return evaluations.latestScorable(prepared).key();
        }
        return defaults.get(scorecardId + ":" + prepared.version(), k -> evaluations.latestScorable(prepared).key());
    }

    /** The most frequent of the scorecard's KPIs' frequencies (monthly for a scorecard without KPIs). */
    static Frequency shortest(StoredScorecard stored) {
        return EvaluationService.shortest(stored);
    }

    /** A KPI's recent periods; none for one of a frozen view that today's model no longer has. */
    private static List<SeriesPoint> recent(ScoringModel model, String code, Period period) {
        try {
            return model.recent(code, period, ScorecardSections.RECENT);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private Content content(EvaluationService.Prepared prepared, EvaluationTrees.Checked checked, Locale locale) {
        EvaluationResponses.ScorecardNode card = trees.evaluate(prepared, checked, false);
        ScoringModel model = prepared.stored().model();
        Map<String, List<SeriesPoint>> recent = new HashMap<>();
        for (EvaluationResponses.KpiNode k : card.kpis()) {
            recent.computeIfAbsent(k.code(), code -> recent(model, code, prepared.period()));
        }
        ScorecardSections sections = ScorecardSections.of(card, recent, DashboardTexts.of(messages, locale));
        StoredScorecard stored = prepared.stored();
        return new Content(card, SectionsHtml.of(sections).getBytes(StandardCharsets.UTF_8), sections.rows(),
                prepared.version(), stored.scorecard().vision(), shortest(stored), model.calendar().firstMonth());
    }
}
