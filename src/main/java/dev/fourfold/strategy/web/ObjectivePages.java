package dev.fourfold.strategy.web;

import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.evaluation.LockMark;
import dev.fourfold.evaluation.PeriodPicker;
import dev.fourfold.evaluation.StoredScorecard;
import dev.fourfold.initiative.Initiative;
import dev.fourfold.initiative.InitiativeService;
import dev.fourfold.scorecard.Objective;
import dev.fourfold.scorecard.ObjectiveService;
import dev.fourfold.scorecard.Perspective;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.scoring.Evaluation;
import dev.fourfold.scoring.ObjectiveResult;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.PageRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The page of one objective. The reader's right to read its scorecard is checked before anything is evaluated (an
 * objective of a scorecard they may not read answers as one that does not exist); its scorecard is evaluated once
 * from the kept model, and its KPIs' sparklines from the same model.
 */
@Component
class ObjectivePages {

    private static final int INITIATIVES = 100;

    private final ObjectiveService objectives;
    private final ScorecardService scorecards;
    private final EvaluationService evaluations;
    private final InitiativeService initiatives;
    private final MessageSource messages;

    ObjectivePages(ObjectiveService objectives, ScorecardService scorecards, EvaluationService evaluations,
                   InitiativeService initiatives, MessageSource messages) {
        this.objectives = objectives;
        this.scorecards = scorecards;
        this.evaluations = evaluations;
        this.initiatives = initiatives;
        this.messages = messages;
    }

    ObjectivePage page(long id, @Nullable String period, @Nullable String view, Actor actor, Locale locale) {
        Objective o = objectives.get(id, actor);
        EvaluationService.Prepared prepared = evaluations.prepare(o.scorecardId(), period, view, actor);
        StoredScorecard stored = prepared.stored();
        Evaluation evaluation = stored.model().evaluate(prepared.period(), prepared.view());
        Map<String, ObjectiveResult> results = new HashMap<>();
        evaluation.perspectives().forEach(p -> p.objectives().forEach(r -> results.put(r.code().toUpperCase(Locale.ROOT), r)));
        Scores scores = new Scores(messages, locale);
        ObjectiveResult result = results.get(o.code().toUpperCase(Locale.ROOT));
        ObjectivePage.Head head = head(o, stored, prepared, result, scores);
        Map<Long, Objective> active = new HashMap<>();
        stored.objectives().values().forEach(a -> active.put(a.id(), a));
        List<ObjectivePage.Linked> drivenBy = o.drivenBy().stream().map(active::get).filter(Objects::nonNull)
                .map(c -> linked(c, null, results, scores)).toList();
        List<ObjectivePage.Linked> drives = active.values().stream().filter(e -> e.drivenBy().contains(id))
                .sorted(java.util.Comparator.comparing(Objective::code)).map(e -> linked(e, null, results, scores)).toList();
        List<ObjectivePage.Linked> aligned = objectives.alignedTo(id, actor).stream()
                .map(a -> linked(a, scorecardName(a.scorecardId()), Map.of(), scores)).toList();
        List<ObjectivePage.KpiRow> kpis = result == null ? List.of()
                : new KpiRows(stored, prepared.period(), scores).of(result);
        ObjectivePage.Explained explained = result == null ? null : new Explanations(stored, scores).of(result.explanation());
        return new ObjectivePage(head, kpis, initiatives(id, actor, scores), drivenBy, drives,
                alignedTo(o, actor, scores), aligned, explained, LockMark.covering(prepared, locale).orElse(null),
                PeriodPicker.of(prepared));
    }

    private ObjectivePage.Head head(Objective o, StoredScorecard stored, EvaluationService.Prepared prepared,
                                    @Nullable ObjectiveResult r, Scores scores) {
        String perspective = stored.perspectives().stream().filter(p -> p.id() == o.perspectiveId())
                .map(Perspective::name).findFirst().orElse("");
        String status = r == null ? "none" : r.result().status().key();
        String reason = r == null ? scores.message("strategy.objective.retired")
                : r.result().reason();
        return new ObjectivePage.Head(o.id(), o.code(), o.name(), o.description(), o.owner(), o.scorecardId(),
                stored.scorecard().name(), perspective, prepared.period().key(), prepared.view().key(),
                scores.score(r == null ? null : r.result().score()), status, scores.word(status), reason, o.retired());
    }

    private static ObjectivePage.Linked linked(Objective o, @Nullable String scorecard,
                                               Map<String, ObjectiveResult> results, Scores scores) {
        ObjectiveResult r = results.get(o.code().toUpperCase(Locale.ROOT));
        String status = r == null ? "none" : r.result().status().key();
        return new ObjectivePage.Linked(o.id(), o.code(), o.name(), scorecard,
                scores.score(r == null ? null : r.result().score()), status, scores.word(status));
    }

    /** The objective of the parent unit this one is aligned to, if the reader may read it. */
    private ObjectivePage.@Nullable Linked alignedTo(Objective o, Actor actor, Scores scores) {
        if (o.alignedToId() == null) {
            return null;
        }
        try {
            Objective parent = objectives.get(o.alignedToId(), actor);
            return linked(parent, scorecardName(parent.scorecardId()), Map.of(), scores);
        } catch (NotFoundException hidden) {
            return null;
        }
    }

    private String scorecardName(long scorecardId) {
        return scorecards.find(scorecardId).map(Scorecard::name).orElse("");
    }

    private List<ObjectivePage.InitiativeRow> initiatives(long id, Actor actor, Scores scores) {
        List<Initiative> items = initiatives.list(new InitiativeService.Filter(null, id), new PageRequest(0, INITIATIVES),
                actor).items();
        return items.stream().map(i -> new ObjectivePage.InitiativeRow(i.id(), i.name(), i.owner(),
                messages.getMessage("strategy.initiative.status." + i.status(), null, i.status(), scores.locale()),
                i.percentComplete() == null ? Scores.NONE : scores.share(i.percentComplete().doubleValue() / 100),
                i.start() == null ? Scores.NONE : i.start().toString(),
                i.end() == null ? Scores.NONE : i.end().toString())).toList();
    }
}
