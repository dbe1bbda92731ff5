package dev.fourfold.kpi.web;

import dev.fourfold.kpi.CollectionSettings;
import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.KpiDraft;
import dev.fourfold.kpi.KpiService;
import dev.fourfold.kpi.ScoringParameters;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
@RequestMapping("/api/v1/kpis")
@Tag(name = "KPIs", description = "Measures: how each is collected, aggregated and scored")
class KpiController {

    private final KpiService kpis;

    KpiController(KpiService kpis) {
        this.kpis = kpis;
    }

    /** A KPI as sent by a client; everything but objectiveId, code and name is optional. */
    record KpiRequest(Long objectiveId, String code, String name, String description, String unit, String polarity,
                      String frequency, String aggregation, String method, BigDecimal weight, Integer position,
                      BigDecimal baseline, BigDecimal min, BigDecimal max, BigDecimal redFlag, Kpi.Band band,
                      Kpi.Thresholds thresholds, String formula, String missingInputs, String targetAggregation,
                      BigDecimal target, String owner, String lead, BigDecimal benchmark, Integer graceDays,
                      KpiDraft.Forecast forecast, Long version) {
    }

    record KpiResponse(long id, long objectiveId, long scorecardId, String code, String name, String description,
                       String unit, String polarity, String frequency, String aggregation, String method,
                       BigDecimal weight, int position, BigDecimal baseline, BigDecimal min, BigDecimal max,
                       BigDecimal redFlag, Kpi.Band band, Kpi.Thresholds thresholds, String formula,
                       String missingInputs, String targetAggregation, BigDecimal target, String owner, String lead,
                       BigDecimal benchmark, int graceDays, KpiDraft.Forecast forecast, boolean retired, long version) {

        /** The KPI with its vocabulary in keys, in the field order clients have always seen. */
        static KpiResponse of(Kpi k) {
            ScoringParameters s = k.scoring();
            CollectionSettings c = k.collection();
            return new KpiResponse(k.id(), k.objectiveId(), k.scorecardId(), k.code(), k.name(), k.description(),
                    k.unit(), s.polarity().key(), c.frequency().key(), c.aggregation().key(),
                    s.method() == null ? null : s.method().key(), s.weight(), k.position(), s.baseline(), s.min(),
                    s.max(), s.redFlag(), s.band(), s.thresholds(), c.formula(), c.missingInputs().key(),
                    c.targetAggregation().key(), s.target(), c.owner(), k.lead() == null ? null : k.lead().key(),
                    s.benchmark(), c.graceDays(), KpiDraft.Forecast.of(k.forecast()), k.retired(), k.version());
        }
    }

    @GetMapping
    @Operation(operationId = "listKpis",
            summary = "List KPIs, filtered by unit, scorecard, perspective or objective; retired ones on request")
    PageResponse<KpiResponse> list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Long scorecardId,
                                   @RequestParam(required = false) Long perspectiveId, @RequestParam(required = false) Long objectiveId,
                                   @RequestParam(defaultValue = "false") boolean includeRetired, PageRequest page,
                                   Actor actor) {
        return kpis.list(new KpiService.Filter(unitId, scorecardId, perspectiveId, objectiveId, includeRetired), page, actor)
                .map(KpiResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getKpi", summary = "Get one KPI")
    KpiResponse get(@PathVariable long id, Actor actor) {
        return KpiResponse.of(kpis.get(id, actor));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createKpi",
            summary = "Create a KPI; a formula is checked for syntax, unknown codes and cycles")
    KpiResponse create(@RequestBody KpiRequest r, Actor actor) {
        return KpiResponse.of(kpis.create(draft(r), actor));
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateKpi",
            summary = "Change a KPI's definition, sending the version you read (409 if it changed since)")
    KpiResponse update(@PathVariable long id, @RequestBody KpiRequest r, Actor actor) {
        if (r.version() == null) {
            throw new InvalidInputException("version", "is required on update: send the version you last read");
        }
        return KpiResponse.of(kpis.update(id, draft(r), actor));
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteKpi",
            summary = "Delete a KPI without data (204), or retire one with data (200 with the retired KPI); "
            + "409 while another KPI's formula reads it")
    ResponseEntity<KpiResponse> delete(@PathVariable long id, @RequestParam(required = false) Long version, Actor actor) {
        return kpis.delete(id, version, actor) == KpiService.Removal.RETIRED
                ? ResponseEntity.ok(KpiResponse.of(kpis.get(id)))
                : ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    @Operation(operationId = "restoreKpi", summary = "Bring a retired KPI back into current views")
    KpiResponse restore(@PathVariable long id, Actor actor) {
        return KpiResponse.of(kpis.restore(id, actor));
    }

    /** The KPI as drafted; what is left out takes the KPI module's defaults. */
    private static KpiDraft draft(KpiRequest r) {
        if (r.objectiveId() == null) {
            throw new InvalidInputException("objectiveId", "is required: the id of the objective the KPI measures");
        }
        return new KpiDraft(r.objectiveId(), r.code(), r.name(), r.description(), r.unit(), r.polarity(),
                r.frequency(), r.aggregation(), r.method(), r.weight(), r.position(), r.baseline(), r.min(), r.max(),
                r.redFlag(), r.band(), r.thresholds(), r.formula(), r.missingInputs(), r.targetAggregation(),
                r.target(), r.owner(), r.lead(), r.benchmark(), r.graceDays(), r.forecast(), r.version());
    }
}
