package com.clinicnetwork.therapist.treatment;

import com.clinicnetwork.idempotency.IdempotentRequests;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.web.ETags;
import com.clinicnetwork.servicedefaults.web.PageOf;
import com.clinicnetwork.therapist.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/treatments")
@Tag(name = "Treatments", description = "What can be booked: duration, buffer, the specialty it needs, price and aftercare plan.")
class TreatmentController {

    private final TreatmentService service;
    private final IdempotentRequests idempotency;

    TreatmentController(TreatmentService service, IdempotentRequests idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @PostMapping
    @Operation(operationId = "createTreatment", summary = "Add a treatment (admin)")
    @ApiResponse(responseCode = "201", description = "Created, with `Location` and `ETag`.")
    ResponseEntity<Treatment> create(@Valid @RequestBody TreatmentRequest request,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey, ClinicUser user) {
        Treatment treatment = idempotency.once(idempotencyKey, user.subject(), request, Treatment.class,
                () -> service.create(UUID.randomUUID(), request));
        return ResponseEntity.created(URI.create("/api/v1/treatments/" + treatment.id())).eTag(ETags.of(treatment.version()))
                .body(treatment);
    }

    @GetMapping
    @Operation(operationId = "listTreatments", summary = "List treatments, by name")
    PageOf<Treatment> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageQuery.MAX_SIZE) int size) {
        return service.list(new PageQuery(page, size));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getTreatment", summary = "Read a treatment")
    ResponseEntity<Treatment> get(@PathVariable UUID id) {
        Treatment treatment = service.get(id);
        return ResponseEntity.ok().eTag(ETags.of(treatment.version())).body(treatment);
    }

    /** Replaces the treatment; {@code "active": false} deactivates it. */
    @PutMapping("/{id}")
    @Operation(operationId = "replaceTreatment", summary = "Replace a treatment (admin); `active: false` withdraws it")
    ResponseEntity<Treatment> update(@PathVariable UUID id, @Valid @RequestBody TreatmentRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Treatment treatment = service.update(id, request, ETags.expectedVersion(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(treatment.version())).body(treatment);
    }
}
