package dev.fourfold.demo;

import dev.fourfold.kpi.KpiDraft;
import dev.fourfold.kpi.KpiService;
import dev.fourfold.kpi.TargetService;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.scorecard.IncludeService;
import dev.fourfold.scorecard.Objective;
import dev.fourfold.scorecard.ObjectiveService;
import dev.fourfold.scorecard.OrgUnit;
import dev.fourfold.scorecard.OrganisationService;
import dev.fourfold.scorecard.Perspective;
import dev.fourfold.scorecard.PerspectiveService;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.scorecard.UnitService;
import dev.fourfold.security.GrantService;
import dev.fourfold.security.InitialUsers;
import dev.fourfold.security.Role;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.PageRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo company on start when {@code fourfold.demo.enabled} is true and the database has no
 * organisation unit yet. Everything goes through the modules' services, in one transaction, as the system actor.
 */
@Component
class DemoLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final DemoProperties properties;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final OrganisationService organisation;
    private final UnitService units;
    private final ScorecardService scorecards;
    private final PerspectiveService perspectives;
    private final ObjectiveService objectives;
    private final KpiService kpis;
    private final TargetService targets;
    private final ActualService actuals;
    private final InitialUsers initialUsers;
    private final GrantService grants;
    private final IncludeService includes;

    DemoLoader(DemoProperties properties, Clock clock, TransactionTemplate tx, OrganisationService organisation,
               UnitService units, ScorecardService scorecards, PerspectiveService perspectives,
               ObjectiveService objectives, KpiService kpis, TargetService targets, ActualService actuals,
               InitialUsers initialUsers, GrantService grants, IncludeService includes) {
        this.includes = includes;
        this.initialUsers = initialUsers;
        this.grants = grants;
        this.properties = properties;
        this.clock = clock;
        this.tx = tx;
        this.organisation = organisation;
        this.units = units;
        this.scorecards = scorecards;
        this.perspectives = perspectives;
        this.objectives = objectives;
        this.kpis = kpis;
        this.targets = targets;
        this.actuals = actuals;
    }

    /** Runs once every bean exists and before the web server opens its port, so no request sees a half-loaded demo. */
    @Override
    public void afterSingletonsInstantiated() {
        if (properties.enabled() && units.list(null, new PageRequest(0, 1), Actor.system()).total() == 0) {
            long started = System.nanoTime();
            tx.executeWithoutResult(status -> load());
            log.info("Loaded the demo company in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Creates the demo company; the last full month before today ends its history. */
    void load() {
        Actor actor = Actor.system();
        initialUsers.ensure();
        YearMonth lastFullMonth = YearMonth.now(clock).minusMonths(1);
        DemoSeries series = new DemoSeries(lastFullMonth, organisation.get().fiscalYearStart(), properties.seed());
        Map<String, Long> objectiveIds = new HashMap<>();
        List<TargetService.Item> targetItems = new ArrayList<>();
        List<ActualService.Item> actualItems = new ArrayList<>();
        List<Scorecard> scorecardsMade = new ArrayList<>();
        for (DemoCompany.DemoScorecard d : DemoCompany.scorecards()) {
            Long parent = d.parentUnit() == null ? null : units.findByName(d.parentUnit()).map(OrgUnit::id).orElseThrow();
            OrgUnit unit = units.create(parent, d.unit(), actor);
            // scores capped to [0, 150]: a far-off actual reads as 0 or 150, never as a negative score
            Scorecard sc = scorecards.create(new Scorecard(0, unit.id(), d.name(), d.vision(), null, null, null, null,
                    DemoCompany.CAP_LOW, DemoCompany.CAP_HIGH, null, null, d.requiresApproval(), 0), actor);
            scorecardsMade.add(sc);
            List<Perspective> ps = perspectives.listOf(sc.id());
            for (DemoCompany.DemoObjective o : d.objectives()) {
                Objective created = objectives.create(new Objective(0, 0, ps.get(o.perspective()).id(), o.code(), o.name(),
                        null, o.owner(), BigDecimal.ONE, null, 0,
                        o.alignedTo() == null ? null : objectiveIds.get(o.alignedTo()), List.of(), false, 0), actor);
                objectiveIds.put(o.code(), created.id());
            }
            linkObjectives(d, objectiveIds, actor);
            for (DemoKpi k : d.kpis()) {
                int perspective = d.objectives().stream().filter(o -> o.code().equals(k.objective())).findFirst()
                        .orElseThrow().perspective();
                kpis.create(kpi(k, objectiveIds.get(k.objective()), perspective >= 2 ? "lead" : "lag", d.kpiOwner()), actor);
                String last = series.last().toString();
                series.actuals(k).forEach((period, value) -> actualItems.add(period.equals(last) && DemoCompany.PENDING_KPI.equals(k.code())
                        ? new ActualService.Item(null, k.code(), period, value, "Entered by the KPI owner; awaiting approval", "pending", null)
                        : new ActualService.Item(null, k.code(), period, value, null, null, null)));
                series.targets(k).forEach((period, value) ->
                        targetItems.add(new TargetService.Item(null, k.code(), period, value, "Budget " + period.substring(0, 4), null)));
                series.budgets(k, false).forEach((period, value) -> targetItems.add(new TargetService.Item(null,
                        k.code(), period, value, "Budget " + period.substring(0, 4), null, "budget")));
                series.budgets(k, true).forEach((period, value) -> targetItems.add(new TargetService.Item(null,
                        k.code(), period, value, "Stretch " + period.substring(0, 4), null, "stretch")));
            }
        }
        targets.recordAll(targetItems, actor);
        actuals.recordAll(actualItems, actor);
        includeDivisions(scorecardsMade, actor);
        grantDemoRoles();
    }

    /** The group's Financial perspective includes each division's, so the group sees what each contributes. */
    private void includeDivisions(List<Scorecard> created, Actor actor) {
        Scorecard group = created.get(0);
        long financial = perspectives.listOf(group.id()).get(0).id();
        for (Scorecard division : created.subList(1, created.size())) {
            includes.create(group.id(), new IncludeService.Draft(financial, null, division.id(), null, null,
                    BigDecimal.ONE), actor);
        }
    }

    /** owner runs the group (and so the divisions), steward enters the Services values, viewer reads everything. */
    private void grantDemoRoles() {
        long group = units.findByName(DemoCompany.GROUP).orElseThrow().id();
        long services = units.findByName(DemoCompany.SERVICES).orElseThrow().id();
        grants.grantInitial("owner", group, null, Role.SCORECARD_OWNER);
        grants.grantInitial("steward", services, null, Role.KPI_OWNER);
        grants.grantInitial("viewer", group, null, Role.VIEWER);
    }

    private void linkObjectives(DemoCompany.DemoScorecard d, Map<String, Long> ids, Actor actor) {
        for (DemoCompany.DemoObjective o : d.objectives()) {
            if (!o.drivenBy().isEmpty()) {
                Objective current = objectives.get(ids.get(o.code()));
                objectives.update(current.id(), new Objective(current.id(), current.scorecardId(), current.perspectiveId(),
                        current.code(), current.name(), current.description(), current.owner(), current.weight(),
                        current.rollup(), current.position(), current.alignedToId(),
                        o.drivenBy().stream().map(ids::get).toList(), false, current.version()), actor);
            }
        }
    }

    /** Learning and process measures lead; financial and customer results lag. */
    private static KpiDraft kpi(DemoKpi k, long objectiveId, String lead, String owner) {
        return new KpiDraft(objectiveId, k.code(), k.name(), k.description(), k.unit(), k.polarity(), k.frequency(),
                k.aggregation(), null, BigDecimal.valueOf(k.weight()).stripTrailingZeros(), null, null, null, null, null,
                null, null, k.formula(), null, null,
                k.constantTarget() == null ? null : BigDecimal.valueOf(k.constantTarget()).stripTrailingZeros(),
                owner, lead, null, null, null, null);
    }
}
