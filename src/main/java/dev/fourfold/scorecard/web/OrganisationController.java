package dev.fourfold.scorecard.web;

import dev.fourfold.scorecard.Organisation;
import dev.fourfold.scorecard.OrganisationService;
import dev.fourfold.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisation")
@Tag(name = "Organisation", description = "Settings shared by every scorecard")
class OrganisationController {

    private final OrganisationService organisation;

    OrganisationController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    record OrganisationRequest(String name, Integer fiscalYearStart, String scale, Long version) {
    }

    @GetMapping
    @Operation(operationId = "getOrganisation",
            summary = "The organisation: name, fiscal-year start month and score scale")
    Organisation get() {
        return organisation.get();
    }

    @PutMapping
    @Operation(operationId = "updateOrganisation",
            summary = "Change the organisation; fiscal-year start and scale only while no scorecard exists")
    Organisation update(@RequestBody OrganisationRequest request, Actor actor) {
        Organisation current = organisation.get();
        return organisation.update(new Organisation(request.name(),
                request.fiscalYearStart() == null ? current.fiscalYearStart() : request.fiscalYearStart(),
                request.scale() == null ? current.scale() : request.scale(), Versions.required(request.version())), actor);
    }
}
