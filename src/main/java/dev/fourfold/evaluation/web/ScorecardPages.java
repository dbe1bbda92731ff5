package dev.fourfold.evaluation.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.shared.Actor;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
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
    record Content(EvaluationResponses.ScorecardNode card, byte[] rows, int rowCount) {
    }

    private record Key(long scorecardId, String version, String period, String view, Locale locale) {
    }

    private final EvaluationService evaluations;
    private final EvaluationTrees trees;
    private final Cache<Key, Content> kept;

    ScorecardPages(EvaluationService evaluations, EvaluationTrees trees,
                   @Value("${fourfold.evaluation.page-cache.max-rows:20000}") long maxRows) {
        this.evaluations = evaluations;
        this.trees = trees;
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

    private Content content(EvaluationService.Prepared prepared, EvaluationTrees.Checked checked, Locale locale) {
        EvaluationResponses.ScorecardNode card = trees.evaluate(prepared, checked, false);
        ScorecardSections sections = ScorecardSections.of(card, locale);
        return new Content(card, SectionsHtml.of(sections).getBytes(StandardCharsets.UTF_8), sections.rows());
    }
}
