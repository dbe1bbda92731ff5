package dev.fourfold.evaluation.web;

import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.evaluation.LockMark;
import dev.fourfold.kpi.PeriodLock;
import dev.fourfold.kpi.PeriodLocks;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The period locks of a scorecard: every locked period with who locked it and when, for every reader; owners lock
 * one of the recent periods and administrators unlock, through the dashboard's forms
 * ({@link ScorecardPageController#lock}, {@link ScorecardPageController#unlock}), which come back here.
 */
@Controller
class LocksPageController {

    /** How many recent periods of the scorecard's shortest frequency an owner may choose from. */
    static final int CHOICES = 12;

    private final EvaluationService evaluations;
    private final PeriodLocks locks;
    private final Access access;

    LocksPageController(EvaluationService evaluations, PeriodLocks locks, Access access) {
        this.evaluations = evaluations;
        this.locks = locks;
        this.access = access;
    }

    @GetMapping("/scorecards/{id}/locks")
    String locks(@PathVariable long id, Model model, Actor actor, Locale locale) {
        EvaluationService.Prepared prepared = evaluations.prepare(id, null, null, actor);
        List<PeriodLock> held = locks.of(id, actor);
        List<LockMark> marks = new ArrayList<>();
        held.forEach(l -> marks.add(0, LockMark.of(l, locale)));
        boolean mayLock = access.mayOwn(actor, id);
        model.addAttribute("scorecardId", id);
        model.addAttribute("scorecardName", prepared.stored().scorecard().name());
        model.addAttribute("locks", marks);
        model.addAttribute("mayLock", mayLock);
        model.addAttribute("choices", mayLock ? choices(prepared, held) : List.of());
        return "evaluation/locks";
    }

    /** The periods of one kind an owner may lock, newest first. */
    record Choices(String kind, List<String> periods) {
    }

    /**
     * The recent periods of the scorecard's shortest frequency not locked yet, newest first, from the period holding
     * the last full month (where the dashboard starts looking for a score) back; for a scorecard of daily or weekly
     * KPIs the recent months as well, which is what the dashboard opens at.
     */
    static List<Choices> choices(EvaluationService.Prepared prepared, List<PeriodLock> held) {
        int fy = prepared.stored().model().calendar().firstMonth();
        Frequency shortest = EvaluationService.shortest(prepared.stored());
        Set<String> locked = new HashSet<>();
        held.forEach(l -> locked.add(l.period()));
        List<Choices> choices = new ArrayList<>();
        for (Frequency kind : shortest.isMonthBased() ? List.of(shortest) : List.of(shortest, Frequency.MONTHLY)) {
            List<String> periods = new ArrayList<>();
            Period p = Period.holding(kind, prepared.period().lastDay(fy), fy);
            for (int i = 0; i < CHOICES; i++) {
                if (!locked.contains(p.key())) {
                    periods.add(p.key());
                }
                p = p.previous();
            }
            if (!periods.isEmpty()) {
                choices.add(new Choices(kind.key(), periods));
            }
        }
        return choices;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error/404";
    }
}
