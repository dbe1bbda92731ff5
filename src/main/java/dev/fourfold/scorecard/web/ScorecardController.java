package dev.fourfold.scorecard.web;

import dev.fourfold.scorecard.Organisation;
import dev.fourfold.scorecard.OrganisationService;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/scorecards")
@Tag(name = "Scorecards", description = "The strategy of a unit and how it is scored")
class ScorecardController {

    private final ScorecardService scorecards;
    private final OrganisationService organisation;

    ScorecardController(ScorecardService scorecards, OrganisationService organisation) {
        this.scorecards = scorecards;
        this.organisation = organisation;
    }

    /** Band lower bounds on the score; null bands mean the scale's defaults. */
    record BandsBody(BigDecimal amber, BigDecimal green, BigDecimal blue) {
    }

    record CapBody(BigDecimal low, BigDecimal high) {
    }

    record ScorecardRequest(Long unitId, String name, String vision, Integer fiscalYearStart, String scale,
                            String method, BandsBody bands, CapBody cap, String missing, String rollup,
                            Boolean requiresApproval, Long version) {
    }

    /**
     * A scorecard. {@code fiscalYearStart} and {@code scale} are the organisation's; {@code bands} null means the
     * scale's defaults (percent 80/100, ten 10/3 and 20/3).
     */
    record ScorecardResponse(long id, long unitId, String name, String vision, int fiscalYearStart, String scale,
                             String method, BandsBody bands, CapBody cap, String missing, String rollup,
                             boolean requiresApproval, long version) {
    }

    @GetMapping
    @Operation(operationId = "listScorecards", summary = "List scorecards, optionally of one unit")
    PageResponse<ScorecardResponse> list(@RequestParam(required = false) Long unitId, PageRequest page, Actor actor) {
        Organisation org = organisation.get();
        return scorecards.list(unitId, page, actor).map(s -> response(s, org));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getScorecard", summary = "Get one scorecard with its scoring settings")
    ScorecardResponse get(@PathVariable long id, Actor actor) {
        return response(scorecards.get(id, actor), organisation.get());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createScorecard", summary = "Create a scorecard with the four default perspectives")
    ScorecardResponse create(@RequestBody ScorecardRequest request, Actor actor) {
        return response(scorecards.create(draft(request, 0), actor), organisation.get());
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateScorecard",
            summary = "Change a scorecard's vision and scoring settings, sending the version you read (409 if it "
            + "changed since)")
    ScorecardResponse update(@PathVariable long id, @RequestBody ScorecardRequest request, Actor actor) {
        return response(scorecards.update(id, draft(request, Versions.required(request.version())), actor), organisation.get());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteScorecard",
            summary = "Delete a scorecard without objectives (409 names the objectives left)")
    void delete(@PathVariable long id, @RequestParam(required = false) Long version, Actor actor) {
        scorecards.delete(id, version, actor);
    }

    private Scorecard draft(ScorecardRequest r, long version) {
        Organisation org = organisation.get();
        List<FieldProblem> problems = new ArrayList<>();
        if (r.unitId() == null) {
            problems.add(new FieldProblem("unitId", "is required: the id of the unit the scorecard belongs to"));
        }
        if (r.fiscalYearStart() != null && r.fiscalYearStart() != org.fiscalYearStart()) {
            problems.add(new FieldProblem("fiscalYearStart", "is organisation-wide (" + org.fiscalYearStart()
                    + "); change it on /api/v1/organisation or leave it out"));
        }
        if (r.scale() != null && !r.scale().equals(org.scale())) {
            problems.add(new FieldProblem("scale", "is organisation-wide ('" + org.scale()
                    + "'); change it on /api/v1/organisation or leave it out"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        BandsBody b = r.bands();
        CapBody c = r.cap();
        return new Scorecard(0, r.unitId(), r.name(), r.vision(), r.method(), b == null ? null : b.amber(),
                b == null ? null : b.green(), b == null ? null : b.blue(), c == null ? null : c.low(),
                c == null ? null : c.high(), r.missing(), r.rollup(),
                r.requiresApproval() != null && r.requiresApproval(), version);
    }

    private static ScorecardResponse response(Scorecard s, Organisation org) {
        BandsBody bands = s.bandAmber() == null ? null : new BandsBody(s.bandAmber(), s.bandGreen(), s.bandBlue());
        CapBody cap = s.capLow() == null ? null : new CapBody(s.capLow(), s.capHigh());
        return new ScorecardResponse(s.id(), s.unitId(), s.name(), s.vision(), org.fiscalYearStart(), org.scale(),
                s.method(), bands, cap, s.missing(), s.rollup(), s.requiresApproval(), s.version());
    }
}
