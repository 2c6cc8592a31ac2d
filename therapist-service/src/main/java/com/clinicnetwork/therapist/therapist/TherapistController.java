package com.clinicnetwork.therapist.therapist;

import com.clinicnetwork.servicedefaults.web.ETags;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.therapist.idempotency.IdempotentCreation;
import com.clinicnetwork.therapist.schedule.WorkingHoursRequest;
import com.clinicnetwork.therapist.specialty.Specialty;
import com.clinicnetwork.therapist.web.PageQuery;
import com.clinicnetwork.therapist.web.Paged;
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
class TherapistController {

    private final TherapistService service;
    private final IdempotentCreation idempotency;

    TherapistController(TherapistService service, IdempotentCreation idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @PostMapping
    ResponseEntity<TherapistView> create(@Valid @RequestBody TherapistRequest request,
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey, ClinicUser user) {
        return idempotency.create(user, idempotencyKey, "POST /api/v1/therapists", request, TherapistView.class, () -> {
            TherapistView therapist = service.create(UUID.randomUUID(), request);
            return new IdempotentCreation.Created<>(therapist, URI.create("/api/v1/therapists/" + therapist.id()),
                    therapist.version());
        });
    }

    /**
     * Therapists by location, specialty, treatment, active flag and free text (name or bio), one page at a
     * time, ordered by {@code sort} (default {@code displayName,asc}).
     */
    @GetMapping
    Paged<TherapistView> search(@RequestParam(required = false) UUID locationId,
            @RequestParam(required = false) String specialty,
            @RequestParam(required = false) UUID treatmentId,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) @Size(max = 40) String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageQuery.MAX_SIZE) int size) {
        TherapistSearch search = new TherapistSearch(locationId,
                specialty == null ? null : Specialty.parse("specialty", specialty), treatmentId, q, active);
        return service.search(search, TherapistSort.parse(sort), new PageQuery(page, size));
    }

    @GetMapping("/{id}")
    ResponseEntity<TherapistView> get(@PathVariable UUID id) {
        return withETag(service.get(id));
    }

    /** Replaces the profile; a therapist may change their own bio, admins everything ({@code "active": false} deactivates). */
    @PutMapping("/{id}")
    ResponseEntity<TherapistView> update(@PathVariable UUID id, @Valid @RequestBody TherapistRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, ClinicUser user) {
        return withETag(service.update(id, request, ETags.expectedVersion(ifMatch), user));
    }

    @PutMapping("/{id}/working-hours")
    ResponseEntity<TherapistView> replaceWorkingHours(@PathVariable UUID id, @Valid @RequestBody WorkingHoursRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(service.replaceWorkingHours(id, request.blocks(), ETags.expectedVersion(ifMatch)));
    }

    private static ResponseEntity<TherapistView> withETag(TherapistView therapist) {
        return ResponseEntity.ok().eTag(ETags.of(therapist.version())).body(therapist);
    }
}
