package com.clinicnetwork.therapist.therapist;

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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/therapists")
class TherapistController {

    private final TherapistService service;

    TherapistController(TherapistService service) {
        this.service = service;
    }

    @PostMapping
    ResponseEntity<TherapistView> create(@Valid @RequestBody TherapistRequest request) {
        TherapistView therapist = service.create(UUID.randomUUID(), request);
        return ResponseEntity.created(URI.create("/api/v1/therapists/" + therapist.id())).body(therapist);
    }

    /** Therapists by location, specialty, treatment and free text, ordered by name. */
    @GetMapping
    Paged<TherapistView> search(@RequestParam(required = false) UUID locationId,
            @RequestParam(required = false) String specialty,
            @RequestParam(required = false) UUID treatmentId,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageQuery.MAX_SIZE) int size) {
        TherapistSearch search = new TherapistSearch(locationId,
                specialty == null ? null : Specialty.parse("specialty", specialty), treatmentId, q);
        return service.search(search, new PageQuery(page, size));
    }

    @GetMapping("/{id}")
    TherapistView get(@PathVariable UUID id) {
        return service.get(id);
    }

    @PutMapping("/{id}/working-hours")
    TherapistView replaceWorkingHours(@PathVariable UUID id, @Valid @RequestBody WorkingHoursRequest request) {
        return service.replaceWorkingHours(id, request.blocks());
    }
}
