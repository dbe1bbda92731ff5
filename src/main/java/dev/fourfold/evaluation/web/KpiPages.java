package dev.fourfold.evaluation.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.Target;
import dev.fourfold.measurement.Actual;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.scoring.KpiExplanation;
import dev.fourfold.scoring.SeriesPoint;
import dev.fourfold.scoring.View;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.Period;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * Composes a KPI's page from the evaluation's series, forecast and explanation and from the stored values, targets
 * and locks. The reader's right to read the KPI's scorecard is checked first, before anything is evaluated (a KPI
 * the reader may not read answers as a missing one). The page ends at the chosen period, by default the latest
 * with an approved value, and shows the {@value #PERIODS} native periods up to it.
 */
@Component
class KpiPages {

    static final int PERIODS = 24;

    private final EvaluationService evaluations;
    private final ActualService actuals;
    private final KpiHistory history;
    private final MessageSource messages;
    private final JsonMapper json;
    private final ITemplateEngine templates;
    private final Cache<Key, Shown> kept = Caffeine.newBuilder().maximumSize(2_000).build();

    private record Key(long kpiId, String version, String period, Locale locale) {
    }

    /**
     * A page and its sections below the heading as HTML ({@code evaluation/kpi-body}): they hold nothing of the
     * request, so they are rendered once with the page rather than by every request that shows it.
     */
    record Shown(KpiPage page, String body) {
    }

    KpiPages(EvaluationService evaluations, ActualService actuals, KpiHistory history, MessageSource messages,
             JsonMapper json, ITemplateEngine templates) {
        this.templates = templates;
        this.evaluations = evaluations;
        this.actuals = actuals;
        this.history = history;
        this.messages = messages;
        this.json = json;
    }

    /**
     * The page explaining {@code period} (null or blank: the latest with an approved value) and ending there, or
     * by default at the latest value in any state, so that one awaiting approval shows too. A period the KPI cannot
     * show is refused.
     */
    Shown page(long kpiId, @Nullable String period, Actor actor, Locale locale) {
        EvaluationService.PreparedKpi checked = evaluations.prepareKpi(kpiId, null, null, null, actor);
        if (checked.version().isEmpty()) {
            return shown(build(checked, period, actor, locale), locale);
        }
        String asked = period == null ? "" : period.strip();
        return kept.get(new Key(kpiId, checked.version(), asked, locale),
                k -> shown(build(checked, period, actor, locale), locale));
    }

    private Shown shown(KpiPage page, Locale locale) {
        Context context = new Context(locale, Map.of("page", page));
        return new Shown(page, templates.process("evaluation/kpi-body", Set.of("body"), context));
    }

    /**
     * The page as {@link #page} describes it. What it shows changes only with a write into the KPI's scorecard, which
     * changes the model's version; it holds nothing of the reader but the language (whether they may read it is
     * checked on every request first), so pages are kept by version, period and language: the history and revisions
     * cost a few dozen statements to read.
     */
    private KpiPage build(EvaluationService.PreparedKpi checked, @Nullable String period, Actor actor, Locale locale) {
        long kpiId = checked.kpi().id();
        List<Actual> values = actuals.allOf(List.of(kpiId));
        boolean chosen = period != null && !period.isBlank();
        Period shown = chosen ? chosen(period, checked.kpi()) : latestValue(values, checked, true);
        Period end = chosen ? shown : later(shown, latestValue(values, checked, false));
        EvaluationService.Series series = evaluations.series(prepared(checked, end));
        if (!chosen && values.isEmpty()) {
            Period latest = latestScored(series.series().points(), end);
            if (!latest.equals(end)) {
                shown = end = latest;
                series = evaluations.series(prepared(checked, end));
            }
        }
        KpiExplanation explanation = evaluations.explain(prepared(checked, shown));
        return assemble(prepared(checked, end), series, explanation, values, actor, locale);
    }

    private static Period later(Period a, Period b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static EvaluationService.PreparedKpi prepared(EvaluationService.PreparedKpi p, Period to) {
        return new EvaluationService.PreparedKpi(p.kpi(), p.stored(), p.version(), start(to), to, View.PERIOD);
    }

    /** The first period of the window, or {@code to} itself near the first supported year. */
    private static Period start(Period to) {
        try {
            return to.plus(1 - PERIODS);
        } catch (IllegalArgumentException e) {
            return to;
        }
    }

    /** The period of the latest (approved) value, else the evaluation's default (the last full month). */
    private static Period latestValue(List<Actual> values, EvaluationService.PreparedKpi checked, boolean approved) {
        return values.stream().filter(a -> !approved || a.state().counts()).map(a -> Period.parse(a.period()))
                .max(Comparator.naturalOrder()).orElse(checked.to());
    }

    /** The last point with an actual (a calculated KPI has no stored values), else the end of the window. */
    private static Period latestScored(List<SeriesPoint> points, Period to) {
        for (int i = points.size() - 1; i >= 0; i--) {
            if (points.get(i).actual() != null) {
                return points.get(i).period();
            }
        }
        return to;
    }

    private static Period chosen(String key, Kpi kpi) {
        Period p;
        try {
            p = Period.parse(key.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("period", e.getMessage());
        }
        if (p.frequency() != kpi.collection().frequency()) {
            throw new InvalidInputException("period", "kpi.period.frequency");
        }
        return p;
    }

    /** The targets of the periods still to come, as stored or the KPI's default, for the forecast to be read against. */
    private static Function<Period, @Nullable Double> planned(Kpi kpi, List<Target> targets) {
        Map<String, Double> byPeriod = new HashMap<>();
        targets.stream().filter(t -> "target".equals(t.series()))
                .forEach(t -> byPeriod.put(t.period(), t.value().doubleValue()));
        Double fallback = kpi.scoring().target() == null ? null : kpi.scoring().target().doubleValue();
        return p -> byPeriod.getOrDefault(p.key(), fallback);
    }

    private KpiPage assemble(EvaluationService.PreparedKpi at, EvaluationService.Series series,
                             KpiExplanation explanation, List<Actual> values, Actor actor, Locale locale) {
        Kpi kpi = at.kpi();
        var scorecard = at.stored().model().scorecard();
        KpiNumbers numbers = new KpiNumbers(locale);
        List<KpiPage.HistoryRow> rows = history.rows(at, explanation.period(), series.series().points(), values,
                actor, locale);
        List<String> periods = rows.stream().map(KpiPage.HistoryRow::period).toList();
        ColourSentences.Thresholds thresholds = kpi.scoring().thresholds() == null
                || kpi.scoring().thresholds().amber() == null || kpi.scoring().thresholds().green() == null ? null
                : new ColourSentences.Thresholds(kpi.scoring().thresholds().amber(),
                kpi.scoring().thresholds().green(), kpi.scoring().thresholds().blue(), kpi.scoring().polarity());
        List<String> why = new ColourSentences(messages, locale).of(explanation, scorecard.bands(), thresholds);
        KpiPage.Heading heading = new KpiPage.Heading(kpi.id(), kpi.code(), kpi.name(), kpi.description(), kpi.unit(),
                kpi.scorecardId(), at.stored().scorecard().name(), kpi.collection().frequency().key(),
                kpi.scoring().polarity().key(), kpi.collection().owner() == null ? KpiNumbers.NONE
                : kpi.collection().owner());
        List<Target> targets = history.targets(kpi.id());
        KpiChart chart = KpiChart.of(kpi, series.series(), planned(kpi, targets), scorecard.bands(), thresholds,
                messages, locale);
        return new KpiPage(heading, explanation.period().key(), periods, explanation.status().key(),
                KpiHistory.symbol(explanation.status().key()), numbers.score(explanation.score()), why,
                explanation.workings(), KpiOutlook.of(series.series().forecast(), kpi.unit(), messages, locale),
                chart.json(json), rows, history.targetChanges(at, targets, actor, locale),
                history.valueChanges(at, values, actor, locale));
    }
}
