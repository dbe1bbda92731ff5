package dev.fourfold.evaluation.web;

import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.evaluation.Sparkline;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.scorecard.UnitService;
import dev.fourfold.scorecard.UnitTree;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.PageRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The home page: the organisation's units with their scorecards (score, status and a year of scores at a glance),
 * what needs attention (red KPIs, values awaiting the reader's approval, overdue values the reader is to enter) and
 * the KPIs the reader owns with whether this period's value is in.
 */
@Controller
class HomePageController {

    /** How many red KPIs the attention list shows. */
    private static final int RED_SHOWN = 8;
    /** How many overdue values the attention list shows; an administrator may be responsible for hundreds. */
    static final int OVERDUE_SHOWN = 8;

    private final ScorecardService scorecards;
    private final UnitService units;
    private final EvaluationService evaluations;
    private final HomeOverview overview;
    private final Access access;
    private final MessageSource messages;
    private final Clock clock;

    HomePageController(ScorecardService scorecards, UnitService units, EvaluationService evaluations,
                       HomeOverview overview, Access access, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.scorecards = scorecards;
        this.units = units;
        this.evaluations = evaluations;
        this.overview = overview;
        this.access = access;
        this.messages = messages;
    }

    /** A scorecard's row. */
    record Row(long id, String name, String period, String score, String status, String shape, String spark,
               boolean locked) {
    }

    /** A unit with its depth in the tree and its scorecards. */
    record UnitRows(String name, int depth, List<Row> scorecards) {
    }

    /** A red KPI in the attention list. */
    record RedRow(long id, String code, String name, String scorecard, String score) {
    }

    /** A value the reader is to enter that is overdue, with the grid of its scorecard and frequency. */
    record OverdueRow(long id, String code, String name, String scorecard, String period, String due, String entry) {
    }

    /** A KPI the reader owns. */
    record MineRow(long id, String code, String name, String scorecard, String period, boolean entered) {
    }

    @GetMapping("/")
    String home(Model model, Actor actor, Locale locale) {
        PageFormats formats = new PageFormats(locale);
        Map<Long, List<Row>> byUnit = new LinkedHashMap<>();
        List<RedRow> red = new ArrayList<>();
        List<MineRow> mine = new ArrayList<>();
        List<OverdueRow> overdue = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        int awaiting = 0;
        for (Scorecard s : scorecards.list(null, new PageRequest(0, PageRequest.MAX_SIZE), actor).items()) {
            HomeOverview.Summary summary = overview.of(evaluations.prepare(s.id(), null, null, actor), today);
            byUnit.computeIfAbsent(s.unitId(), u -> new ArrayList<>()).add(row(s, summary, formats, locale));
            summary.red().forEach(k -> red.add(new RedRow(k.id(), k.code(), k.name(), s.name(),
                    formats.scoreOf(decimal(k.score())))));
            summary.owned().stream().filter(k -> k.owner().equalsIgnoreCase(actor.name())).forEach(k -> mine.add(
                    new MineRow(k.id(), k.code(), k.name(), s.name(), k.period(), k.entered())));
            overdue.addAll(overdue(s, summary, actor, day));
            awaiting += summary.pending() > 0 && access.mayOwn(actor, s.id()) ? summary.pending() : 0;
        }
        model.addAttribute("units", tree(byUnit, actor));
        model.addAttribute("empty", byUnit.isEmpty());
        model.addAttribute("red", red.stream().limit(RED_SHOWN).toList());
        model.addAttribute("redCount", red.size());
        model.addAttribute("mine", mine);
        model.addAttribute("overdue", Shown.first(overdue, OVERDUE_SHOWN));
        model.addAttribute("awaiting", awaiting);
        return "evaluation/home";
    }

    /** The scorecard's overdue values the reader is to enter, as the value API decides who may enter them. */
    private List<OverdueRow> overdue(Scorecard s, HomeOverview.Summary summary, Actor actor, DateTimeFormatter day) {
        Map<String, Boolean> byOwner = new HashMap<>();
        return summary.overdue().stream()
                .filter(k -> byOwner.computeIfAbsent(String.valueOf(k.owner()),
                        o -> access.mayEnterValues(actor, s.id(), k.owner())))
                .map(k -> new OverdueRow(k.id(), k.code(), k.name(), s.name(), k.period(), day.format(k.due()),
                        UriComponentsBuilder.fromPath("/entry").queryParam("scorecard", s.id())
                                .queryParam("frequency", k.frequency().key()).toUriString()))
                .toList();
    }

    private Row row(Scorecard s, HomeOverview.Summary summary, PageFormats formats, Locale locale) {
        String status = summary.status().key();
        String label = messages.getMessage("home.spark", new Object[] {summary.history().size()}, locale);
        return new Row(s.id(), s.name(), summary.period().key(), formats.scoreOf(decimal(summary.score())), status,
                SectionsHtml.SHAPES.getOrDefault(status, "○"), Sparkline.svg(summary.history(), label, status),
                summary.locked());
    }

    /** The readable units in tree order, each with its scorecards; scorecards of units not shown come last. */
    private List<UnitRows> tree(Map<Long, List<Row>> byUnit, Actor actor) {
        List<UnitRows> rows = new ArrayList<>();
        Set<Long> shown = new HashSet<>();
        for (UnitTree.Placed p : units.tree(actor)) {
            shown.add(p.unit().id());
            rows.add(new UnitRows(p.unit().name(), Math.min(p.depth(), 4), byUnit.getOrDefault(p.unit().id(), List.of())));
        }
        List<Row> rest = byUnit.entrySet().stream().filter(e -> !shown.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream()).toList();
        if (!rest.isEmpty()) {
            rows.add(new UnitRows("", 0, rest));
        }
        return rows;
    }

    private static @Nullable BigDecimal decimal(@Nullable Double d) {
        return d == null || !Double.isFinite(d) ? null : BigDecimal.valueOf(d);
    }
}
