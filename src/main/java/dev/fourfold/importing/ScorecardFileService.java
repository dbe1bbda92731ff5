package dev.fourfold.importing;

import dev.fourfold.scorecard.OrgUnit;
import dev.fourfold.scorecard.Organisation;
import dev.fourfold.scorecard.OrganisationService;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.scorecard.UnitService;
import dev.fourfold.scoring.Scale;
import dev.fourfold.security.UserService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.Decimals;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.ScorecardChanges;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Imports scorecard files into the server and exports scorecards as files. An import is atomic: the scorecard is
 * found by its unit and name (unit and parent unit are created when missing), the file is the truth for structure
 * (what it leaves out is retired, keeping its data), and its actual values and targets are upserted while values not
 * in the file are kept. A dry run does the same work and rolls it back, so it reports exactly what would change.
 */
@Service
public class ScorecardFileService {

    /** The reason recorded with every target an import sets or changes. */
    public static final String TARGET_REASON = "Imported from scorecard file";

    private final OrganisationService organisation;
    private final UnitService units;
    private final ScorecardService scorecards;
    private final StructureImport structure;
    private final ScorecardExport export;
    private final Access access;
    private final ScorecardChanges changes;
    private final IncludeImport includes;
    private final UserService people;

    ScorecardFileService(OrganisationService organisation, UnitService units, ScorecardService scorecards,
                         StructureImport structure, IncludeImport includes, ScorecardExport export, Access access,
                         ScorecardChanges changes, UserService people) {
        this.people = people;
        this.includes = includes;
        this.changes = changes;
        this.access = access;
        this.organisation = organisation;
        this.units = units;
        this.scorecards = scorecards;
        this.structure = structure;
        this.export = export;
    }

    /**
     * Imports the text of a scorecard file.
     *
     * @throws InvalidInputException listing every problem of the file with its line and column, or a fiscal-year
     *                               start or scale that differs from the organisation's; nothing is written then
     */
    @Transactional
    public ImportSummary importFile(String text, boolean dryRun, Actor actor) {
        ScorecardFileReport report = ScorecardFileParser.parseForServer(text == null ? "" : text,
                s -> checkMayImport(s, actor));
        if (!report.isValid()) {
            throw new InvalidInputException(report.problems().stream()
                    .map(p -> new FieldProblem(p.location(), p.message())).toList());
        }
        ScorecardFile file = report.file();
        if (!file.scorecards().isEmpty()) {
            throw new InvalidInputException("includes", "a server imports one scorecard per file: 'scorecards' are read "
                    + "by the evaluate command; on a server, import each scorecard's own file and include a child unit's "
                    + "scorecard with 'includes: [{unit: <unit name>}]' or POST /api/v1/scorecards/{id}/includes");
        }
        checkOrganisation(file.scorecard());
        Tally tally = new Tally();
        OrgUnit unit = unit(file.scorecard(), tally, actor);
        Scorecard scorecard = scorecard(unit, file.scorecard(), tally, actor);
        changes.changed(scorecard.id());
        structure.apply(scorecard, unit, file, tally, actor);
        includes.apply(scorecard, file, tally, actor);
        if (dryRun) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        boolean created = tally.summary(false, null).changes().get("scorecard").created() > 0;
        return tally.summary(dryRun, dryRun && created ? null : scorecard.id()).withUnknownOwners(unknownOwners(file));
    }

    /** The owners of objectives and KPIs in the file who are no user (by user name, ignoring case), sorted. */
    private List<String> unknownOwners(ScorecardFile file) {
        Set<String> users = people.directory().stream().map(u -> u.username().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Stream<String> owners = file.perspectives().stream().flatMap(p -> p.objectives().stream())
                .flatMap(o -> Stream.concat(Stream.of(o.owner()), o.kpis().stream().map(KpiSection::owner)));
        return owners.filter(o -> o != null && !o.isBlank()).map(String::strip)
                .filter(o -> !users.contains(o.toLowerCase(Locale.ROOT))).distinct().sorted().toList();
    }

    /** The scorecard as a file: structure, targets and approved actual values, in canonical form. */
    @Transactional(readOnly = true)
    /** The scorecard as a file, for those who may read it. */
    public ScorecardExport.Exported export(long scorecardId, Actor actor) {
        scorecards.get(scorecardId, actor);
        return export.export(scorecardId);
    }

    /**
     * The permission check of an import, run on the parsed scorecard section before the file is validated: updating
     * a scorecard needs its owner, a new scorecard an owner of its unit, a new unit an administrator. The services
     * check again as they write.
     */
    private void checkMayImport(ScorecardSection s, Actor actor) {
        if (s.unitName() == null) {
            return; // no scorecard named: validation refuses the file, nothing is written
        }
        OrgUnit unit = s.unitName() == null ? null : units.findByName(s.unitName()).orElse(null);
        boolean newParent = s.parentUnit() != null && units.findByName(s.parentUnit()).isEmpty();
        if (unit == null || newParent) {
            access.requireAdmin(actor);
            return;
        }
        Scorecard existing = s.name() == null ? null : scorecards.findByUnitAndName(unit.id(), s.name()).orElse(null);
        if (existing != null) {
            access.requireOwner(actor, existing.id());
        } else {
            access.requireUnitOwner(actor, unit.id());
        }
    }

    private void checkOrganisation(ScorecardSection s) {
        Organisation org = organisation.get();
        List<FieldProblem> problems = new ArrayList<>();
        int fiscalYearStart = s.fiscalYearStart() == null ? 1 : s.fiscalYearStart();
        if (fiscalYearStart != org.fiscalYearStart()) {
            problems.add(new FieldProblem("scorecard.fiscalYearStart", "the file's fiscal year starts in month "
                    + fiscalYearStart + " but the organisation's starts in month " + org.fiscalYearStart()
                    + "; a server uses one fiscal year for every scorecard"));
        }
        Scale scale = s.scale() == null ? Scale.PERCENT : s.scale();
        if (!scale.key().equalsIgnoreCase(org.scale())) {
            problems.add(new FieldProblem("scorecard.scale", "the file uses the " + scale.key()
                    + " scale but the organisation uses the " + org.scale() + " scale"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private OrgUnit unit(ScorecardSection s, Tally tally, Actor actor) {
        Long parentId = null;
        if (s.parentUnit() != null) {
            parentId = units.findByName(s.parentUnit(), actor).map(OrgUnit::id).orElseGet(() -> {
                tally.created("unit");
                return units.create(null, s.parentUnit(), actor).id();
            });
        }
        OrgUnit existing = units.findByName(s.unitName(), actor).orElse(null);
        if (existing == null) {
            tally.created("unit");
            return units.create(parentId, s.unitName(), actor);
        }
        if (s.parentUnit() != null && !Objects.equals(existing.parentId(), parentId)) {
            tally.updated("unit");
            return units.update(existing.id(), parentId, existing.name(), existing.version(), actor);
        }
        tally.unchanged("unit");
        return existing;
    }

    private Scorecard scorecard(OrgUnit unit, ScorecardSection s, Tally tally, Actor actor) {
        Scale scale = s.scale() == null ? Scale.PERCENT : s.scale();
        Scorecard existing = scorecards.findByUnitAndName(unit.id(), s.name(), actor).orElse(null);
        Scorecard draft = new Scorecard(existing == null ? 0 : existing.id(), unit.id(),
                existing == null ? s.name() : existing.name(), s.vision(),
                (s.method() == null ? scale.defaultMethod() : s.method()).key(),
                s.bands() == null ? null : Decimals.normalised(s.bands().amber()),
                s.bands() == null ? null : Decimals.normalised(s.bands().green()),
                s.bands() == null ? null : Decimals.normalised(s.bands().blue()),
                s.cap() == null ? null : Decimals.normalised(s.cap().low()),
                s.cap() == null ? null : Decimals.normalised(s.cap().high()),
                s.missing() == null ? "ignore" : s.missing().key(),
                s.rollup() == null ? "weighted-average" : s.rollup().key(), existing != null && existing.requiresApproval(),
                existing == null ? 0 : existing.version());
        if (existing == null) {
            tally.created("scorecard");
            return scorecards.create(draft, actor);
        }
        if (draft.equals(existing)) {
            tally.unchanged("scorecard");
            return existing;
        }
        tally.updated("scorecard");
        return scorecards.update(existing.id(), draft, actor);
    }
}
