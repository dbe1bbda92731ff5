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
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Words for grants on the pages, in the request's language: which role, on which unit or scorecard, by name. */
@Component
class GrantTargets {

    private final UnitService units;
    private final ScorecardService scorecards;
    private final MessageSource messages;

    GrantTargets(UnitService units, ScorecardService scorecards, MessageSource messages) {
        this.units = units;
        this.scorecards = scorecards;
        this.messages = messages;
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

    String label(Role role) {
        return text("role." + role.name());
    }

    private String describe(Grant g) {
        if (g.unitId() != null) {
            return text("grant.unit", units.find(g.unitId()).map(OrgUnit::name).orElse("#" + g.unitId()));
        }
        return text("grant.scorecard",
                scorecards.find(g.scorecardId()).map(Scorecard::name).orElse("#" + g.scorecardId()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
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
