package com.clinicnetwork.therapist.practitioner;

import com.clinicnetwork.idempotency.IdempotentRequests;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.web.ETags;
import com.clinicnetwork.servicedefaults.web.PageOf;
import com.clinicnetwork.therapist.schedule.WorkingHoursRequest;
import com.clinicnetwork.therapist.specialty.Specialty;
import com.clinicnetwork.therapist.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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
@RequestMapping("/api/v1/therapists")
@Tag(name = "Therapists", description = "Therapists with their specialties, locations, treatments, weekly working hours, time off and extra hours.")
class TherapistController {

    private final TherapistService service;
    private final IdempotentRequests idempotency;

    TherapistController(TherapistService service, IdempotentRequests idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @PostMapping
    @Operation(operationId = "createTherapist", summary = "Add a therapist (admin)")
    @ApiResponse(responseCode = "201", description = "Created, with `Location` and `ETag`.")
    @ApiResponse(responseCode = "409", description = "`conflict`: another therapist has this licence number.")
    ResponseEntity<TherapistView> create(@Valid @RequestBody TherapistRequest request,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey, ClinicUser user) {
        TherapistView therapist = idempotency.once(idempotencyKey, user.subject(), request, TherapistView.class,
                () -> service.create(UUID.randomUUID(), request));
        return ResponseEntity.created(URI.create("/api/v1/therapists/" + therapist.id())).eTag(ETags.of(therapist.version()))
                .body(therapist);
    }

    /**
     * Therapists by location, specialty, treatment, active flag and free text (name or bio), one page at a
     * time, ordered by {@code sort} (default {@code displayName,asc}).
     */
    @GetMapping
    @Operation(operationId = "listTherapists", summary = "Find therapists by location, specialty, treatment and free text")
    PageOf<TherapistView> search(@RequestParam(required = false) UUID locationId,
            @Parameter(schema = @Schema(implementation = Specialty.class)) @RequestParam(required = false) String specialty,
            @RequestParam(required = false) UUID treatmentId,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) Boolean active,
            @Parameter(description = "`displayName` or `licenceNumber`, optionally followed by `,asc` or `,desc`.",
                    schema = @Schema(pattern = "^(displayName|licenceNumber)(,(asc|desc))?$"))
            @RequestParam(required = false) @Size(max = 40) String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageQuery.MAX_SIZE) int size, ClinicUser user) {
        TherapistSearch search = new TherapistSearch(locationId,
                specialty == null ? null : Specialty.parse("specialty", specialty), treatmentId, q, active);
        PageOf<TherapistView> found = service.search(search, TherapistSort.parse(sort), new PageQuery(page, size));
        return new PageOf<>(found.items().stream().map(therapist -> therapist.readBy(user)).toList(), found.page(), found.size(),
                found.totalItems(), found.totalPages());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getTherapist", summary = "Read a therapist with their schedule")
    ResponseEntity<TherapistView> get(@PathVariable UUID id, ClinicUser user) {
        return withETag(service.get(id).readBy(user));
    }

    /** Replaces the profile; a therapist may change their own bio, admins everything ({@code "active": false} deactivates). */
    @PutMapping("/{id}")
    @Operation(operationId = "replaceTherapist", summary = "Replace a therapist's profile (admin; the therapist their own bio)",
            description = "A therapist sends their profile as they read it, email included, with only the bio changed.")
    @ApiResponse(responseCode = "409", description = "`conflict`: another therapist has this licence number.")
    ResponseEntity<TherapistView> update(@PathVariable UUID id, @Valid @RequestBody TherapistRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, ClinicUser user) {
        return withETag(service.update(id, request, ETags.expectedVersion(ifMatch), user));
    }

    @PutMapping("/{id}/working-hours")
    @Operation(operationId = "replaceWorkingHours", summary = "Replace a therapist's weekly working hours (admin)")
    ResponseEntity<TherapistView> replaceWorkingHours(@PathVariable UUID id, @Valid @RequestBody WorkingHoursRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(service.replaceWorkingHours(id, request.blocks(), ETags.expectedVersion(ifMatch)));
    }

    private static ResponseEntity<TherapistView> withETag(TherapistView therapist) {
        return ResponseEntity.ok().eTag(ETags.of(therapist.version())).body(therapist);
    }
}
