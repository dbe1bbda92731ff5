package dev.fourfold.evaluation;

import dev.fourfold.scorecard.IncludeService;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scorecard.ScorecardInclude;
import dev.fourfold.scoring.Inclusion;
import dev.fourfold.scoring.ScoringModel;
import dev.fourfold.shared.Access;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The models of the scorecards a stored scorecard includes. Like a formula's inputs, an included scorecard counts only
 * if every reader of the including scorecard (administrators aside) may read it: otherwise it is withheld — neither
 * its model nor its name is loaded, and it is a child without a score, "not shared with this scorecard's readers".
 * Every reader therefore sees the same evaluation, and none learns through it anything of a scorecard they may not
 * read. An inclusion whose unit is no longer below the including scorecard's (units moved since) counts as missing
 * too. Each included model comes from {@code resolver} (the cache), with the counters it depends on.
 */
@Component
class IncludedModels {

    /** Why a withheld inclusion has no score; names nothing about it. */
    static final String WITHHELD = "not shared with this scorecard's readers";
    /** How a withheld inclusion is named. */
    static final String WITHHELD_NAME = "a scorecard not shared with this scorecard's readers";

    /** Gives the compiled model of an included scorecard; {@code path} holds the scorecards including it. */
    interface Resolver {
        ScorecardModels.Compiled compiled(long scorecardId, Set<Long> path);
    }

    /** A scorecard's inclusions as the engine takes them, and the stored rows in the same order. */
    record Resolved(List<ScorecardInclude> rows, List<Inclusion> inclusions, Map<String, ScoringModel> models,
                    Map<String, String> unavailable) {

        static final Resolved NONE = new Resolved(List.of(), List.of(), Map.of(), Map.of());

        /** The inclusions of a perspective (or, with {@code objective}, an objective) in the order of their rows. */
        List<Inclusion> of(long id, boolean objective) {
            List<Inclusion> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Long owner = objective ? rows.get(i).objectiveId() : rows.get(i).perspectiveId();
                if (owner != null && owner == id) {
                    out.add(inclusions.get(i));
                }
            }
            return out;
        }

        ScoringModel including(ScoringModel model) {
            return rows.isEmpty() ? model : model.including(models, unavailable);
        }
    }

    private final IncludeService includes;
    private final Access access;

    IncludedModels(IncludeService includes, Access access) {
        this.includes = includes;
        this.access = access;
    }

    /** Resolves the inclusions of {@code scorecard}; the counters the result depends on go to {@code dependsOn}. */
    Resolved resolve(Scorecard scorecard, Set<Long> path, Resolver resolver, Set<Long> dependsOn) {
        List<ScorecardInclude> rows = includes.ofScorecard(scorecard.id());
        if (rows.isEmpty()) {
            return Resolved.NONE;
        }
        dependsOn.add(ScorecardVersionRepository.SHARING);
        Set<Long> shared = access.sharedWithReadersOf(scorecard.id());
        Set<Long> below = new HashSet<>(path);
        below.add(scorecard.id());
        List<Inclusion> inclusions = new ArrayList<>();
        Map<String, ScoringModel> models = new HashMap<>();
        Map<String, String> unavailable = new HashMap<>();
        for (ScorecardInclude row : rows) {
            String key = String.valueOf(row.childScorecardId());
            String name = Inclusion.nameOf(row.childUnit(), row.childScorecard(), row.childPerspective());
            if (!shared.contains(row.childScorecardId())) {
                unavailable.put(key, WITHHELD);
                name = WITHHELD_NAME;
            } else if (!includes.isBelow(row.childUnitId(), scorecard.unitId())) {
                unavailable.put(key, "its unit is no longer below this scorecard's unit");
            } else if (below.contains(row.childScorecardId())) {
                unavailable.put(key, "it includes this scorecard in turn");
            } else if (!models.containsKey(key)) {
                ScorecardModels.Compiled child = resolver.compiled(row.childScorecardId(), below);
                models.put(key, child.stored().model());
                dependsOn.addAll(child.dependsOn());
            }
            inclusions.add(new Inclusion(key, name, row.childPerspective(), row.weight()));
        }
        return new Resolved(rows, inclusions, models, unavailable);
    }
}
