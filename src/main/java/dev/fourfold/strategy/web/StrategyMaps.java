package dev.fourfold.strategy.web;

import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.evaluation.LockMark;
import dev.fourfold.evaluation.PeriodPicker;
import dev.fourfold.evaluation.StoredScorecard;
import dev.fourfold.scorecard.Objective;
import dev.fourfold.scoring.Evaluation;
import dev.fourfold.scoring.ObjectiveResult;
import dev.fourfold.scoring.PerspectiveResult;
import dev.fourfold.shared.Actor;
import dev.fourfold.strategy.MapPosition;
import dev.fourfold.strategy.ObjectivePositions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A scorecard's strategy map at a period and view: its objectives from the kept model, scored by one evaluation,
 * placed by {@link MapLayout} and drawn by {@link MapSvg}, with the same content as a list for those who do not see
 * the drawing. Whether the reader may read the scorecard is checked first, by the evaluation's preparation.
 */
@Component
class StrategyMaps {

    /** An objective named in a list of links. */
    record Ref(long id, String code, String name) {
    }

    /** One objective in the list under the map. */
    record Entry(long id, String code, String name, String href, String score, String status, String statusWord,
                 List<Ref> drivenBy) {
    }

    /** A perspective in the list under the map. */
    record Section(String name, List<Entry> objectives) {
    }

    record MapPage(long scorecardId, String scorecardName, String period, String view, String svg,
                   List<Section> sections, int objectives, int links, boolean mayArrange, @Nullable LockMark lock,
                   PeriodPicker picker) {
    }

    private final EvaluationService evaluations;
    private final ObjectivePositions positions;
    private final MessageSource messages;

    StrategyMaps(EvaluationService evaluations, ObjectivePositions positions, MessageSource messages) {
        this.evaluations = evaluations;
        this.positions = positions;
        this.messages = messages;
    }

    MapPage map(long scorecardId, @Nullable String period, @Nullable String view, Actor actor, Locale locale,
                String contextPath) {
        EvaluationService.Prepared prepared = evaluations.prepare(scorecardId, period, view, actor);
        StoredScorecard stored = prepared.stored();
        Evaluation evaluation = stored.model().evaluate(prepared.period(), prepared.view());
        Scores scores = new Scores(messages, locale);
        Map<Long, Objective> shown = new LinkedHashMap<>();
        List<MapLayout.BandInput> inputs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<MapSvg.MapBox> boxes = new ArrayList<>();
        Map<Long, ObjectiveResult> results = new LinkedHashMap<>();
        for (PerspectiveResult p : evaluation.perspectives()) {
            List<Long> ids = new ArrayList<>();
            for (ObjectiveResult o : p.objectives()) {
                Objective objective = stored.objective(o.code());
                shown.put(objective.id(), objective);
                results.put(objective.id(), o);
                ids.add(objective.id());
            }
            inputs.add(new MapLayout.BandInput(stored.perspective(p.name()).id(), ids));
            names.add(p.name());
        }
        List<long[]> links = new ArrayList<>();
        for (int b = 0; b < inputs.size(); b++) {
            List<Entry> entries = new ArrayList<>();
            for (long id : inputs.get(b).objectiveIds()) {
                Objective o = shown.get(id);
                ObjectiveResult r = results.get(id);
                String href = UriComponentsBuilder.fromPath(contextPath + "/objectives/{id}")
                        .queryParam("period", prepared.period().key()).queryParam("view", prepared.view().key())
                        .buildAndExpand(id).toUriString();
                String score = scores.score(r.result().score());
                String status = r.result().status().key();
                String word = scores.word(status);
                List<Ref> causes = o.drivenBy().stream().filter(shown::containsKey).map(shown::get)
                        .map(c -> new Ref(c.id(), c.code(), c.name())).toList();
                causes.forEach(c -> links.add(new long[] {c.id(), id}));
                entries.add(new Entry(id, o.code(), o.name(), href, score, status, word, causes));
                boxes.add(new MapSvg.MapBox(id, o.code(), o.name(), href, score, status, word,
                        message("strategy.map.box", locale, o.code(), o.name(), score, word)));
            }
            sections.add(new Section(names.get(b), entries));
        }
        Map<Long, MapPosition> saved = positions.of(scorecardId, actor);
        MapLayout layout = MapLayout.of(inputs, saved);
        List<MapSvg.Band> bands = new ArrayList<>();
        for (int b = 0; b < layout.bands().size(); b++) {
            bands.add(new MapSvg.Band(layout.bands().get(b), names.get(b)));
        }
        String name = stored.scorecard().name();
        String svg = MapSvg.of(layout, bands, boxes, links,
                message("strategy.map.svg.title", locale, name, prepared.period().key()),
                message("strategy.map.svg.desc", locale, shown.size(), inputs.size(), links.size()));
        return new MapPage(scorecardId, name, prepared.period().key(), prepared.view().key(), svg, sections,
                shown.size(), links.size(), positions.mayArrange(scorecardId, actor),
                LockMark.covering(prepared, locale).orElse(null), PeriodPicker.of(prepared));
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
