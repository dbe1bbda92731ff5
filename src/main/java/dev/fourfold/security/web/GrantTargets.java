package dev.fourfold.security.web;

import dev.fourfold.scorecard.OrgUnit;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.scorecard.UnitService;
import dev.fourfold.security.Grant;
import dev.fourfold.security.Role;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.PageRequest;
import java.util.List;
import org.springframework.stereotype.Component;

/** Words for grants on the pages: which role, on which unit or scorecard, by name. */
@Component
class GrantTargets {

    private final UnitService units;
    private final ScorecardService scorecards;

    GrantTargets(UnitService units, ScorecardService scorecards) {
        this.units = units;
        this.scorecards = scorecards;
    }

    /** A grant as the pages show it. */
    record Row(long id, String role, String target) {
    }

    /** A unit or scorecard to choose from; {@code value} is {@code unit:ID} or {@code scorecard:ID}. */
    record Choice(String value, String label) {
    }

    Row row(Grant g) {
        return new Row(g.id(), label(g.role()), describe(g));
    }

    List<Row> rows(List<Grant> grants) {
        return grants.stream().map(this::row).toList();
    }

    static String label(Role role) {
        return switch (role) {
            case SCORECARD_OWNER -> "Scorecard owner";
            case KPI_OWNER -> "KPI owner";
            case VIEWER -> "Viewer";
        };
    }

    private String describe(Grant g) {
        if (g.unitId() != null) {
            return "Unit " + units.find(g.unitId()).map(OrgUnit::name).orElse("#" + g.unitId()) + " and everything below it";
        }
        return "Scorecard " + scorecards.find(g.scorecardId()).map(Scorecard::name).orElse("#" + g.scorecardId());
    }

    List<Choice> unitChoices(Actor actor) {
        return units.list(null, new PageRequest(0, PageRequest.MAX_SIZE), actor).items().stream()
                .map(u -> new Choice("unit:" + u.id(), u.name())).toList();
    }

    List<Choice> scorecardChoices(Actor actor) {
        return scorecards.list(null, new PageRequest(0, PageRequest.MAX_SIZE), actor).items().stream()
                .map(s -> new Choice("scorecard:" + s.id(), s.name())).toList();
    }
}
