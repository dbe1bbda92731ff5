package dev.fourfold.scorecard;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.Names;
import dev.fourfold.shared.ScorecardChanges;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes the organisation's settings. */
@Service
public class OrganisationService {

    private final OrganisationRepository organisation;
    private final ScorecardRepository scorecards;
    private final ChangeLog changeLog;
    private final Access access;
    private final ScorecardChanges changes;

    OrganisationService(OrganisationRepository organisation, ScorecardRepository scorecards, ChangeLog changeLog, Access access,
                        ScorecardChanges changes) {
        this.changes = changes;
        this.organisation = organisation;
        this.scorecards = scorecards;
        this.changeLog = changeLog;
        this.access = access;
    }

    public Organisation get() {
        return organisation.get();
    }

    /**
     * Changes the organisation. The fiscal-year start and the scale give meaning to every stored period key and
     * score, so they can change only while no scorecard exists.
     */
    @Transactional
    public Organisation update(Organisation changed, Actor actor) {
        access.requireAdmin(actor);
        Organisation current = get();
        validate(changed);
        boolean structural = changed.fiscalYearStart() != current.fiscalYearStart() || !changed.scale().equals(current.scale());
        if (structural && scorecards.any()) {
            throw new ConflictException("in-use", "The fiscal-year start and the scale can change only while no scorecard exists: "
                    + "every stored quarter, year and score depends on them.");
        }
        changes.changedAll();
        if (!organisation.update(changed)) {
            throw ConflictException.staleVersion("organisation", 1, changed.version(), current.version());
        }
        changeLog.record(ChangeLog.updated("organisation", 1, snapshot(current), snapshot(changed)), actor);
        return get();
    }

    private static void validate(Organisation o) {
        List<FieldProblem> problems = new ArrayList<>();
        Names.require(problems, "name", o.name(), 200);
        if (o.fiscalYearStart() < 1 || o.fiscalYearStart() > 12) {
            problems.add(new FieldProblem("fiscalYearStart", "must be a month from 1 to 12, was " + o.fiscalYearStart()));
        }
        if (!"percent".equals(o.scale()) && !"ten".equals(o.scale())) {
            problems.add(new FieldProblem("scale", "must be 'percent' or 'ten', was '" + o.scale() + "'"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static Map<String, Object> snapshot(Organisation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", o.name());
        m.put("fiscalYearStart", o.fiscalYearStart());
        m.put("scale", o.scale());
        return m;
    }
}
