package dev.fourfold.evaluation.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.fourfold.evaluation.EvaluationService;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evaluation trees of kept models with their JSON, kept by the model's version and the resolved request. A tree
 * depends on nothing but the model and the period, view and explain flag: not on the caller, whose right to read
 * is checked on every request before a tree is looked up, nor on the locale. Equal versions mean equal data
 * (see {@link EvaluationService.Prepared}), so a write, which raises a counter, leaves the trees of earlier versions
 * unreachable; they age out (locking and unlocking a period raise it too). At most
 * {@code fourfold.evaluation.rendered.max-bytes} of JSON are kept (default 8 MB; the trees are not counted).
 */
@Component
class RenderedTrees {

    /** A tree and its JSON as the API writes it. */
    record Rendered(EvaluationResponses.ScorecardNode tree, byte[] json) {
    }

    private record Key(long scorecardId, String version, String period, String view, boolean explain) {
    }

    private final JsonMapper json;
    private final Cache<Key, Rendered> kept;

    RenderedTrees(JsonMapper json, @Value("${fourfold.evaluation.rendered.max-bytes:8000000}") long maxBytes) {
        this.json = json;
        this.kept = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((Key k, Rendered r) -> r.json().length).build();
    }

    /**
     * The tree of a prepared request whose version names its model, computed by {@code tree} when not kept yet.
     *
     * @throws IllegalArgumentException for a model without a version, which cannot be kept
     */
    Rendered get(EvaluationService.Prepared prepared, boolean explain,
                 Supplier<EvaluationResponses.ScorecardNode> tree) {
        if (prepared.version().isEmpty()) {
            throw new IllegalArgumentException("only trees of versioned models are kept");
        }
        Key key = new Key(prepared.stored().scorecard().id(), prepared.version(), prepared.period().key(),
                prepared.view().key(), explain);
        return kept.get(key, k -> render(tree.get()));
    }

    private Rendered render(EvaluationResponses.ScorecardNode tree) {
        return new Rendered(tree, json.writeValueAsBytes(tree));
    }

    /** Forgets every tree (for tests and operations). */
    void clear() {
        kept.invalidateAll();
    }
}
